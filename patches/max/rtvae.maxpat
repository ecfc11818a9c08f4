{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 5,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40.0,
			60.0,
			1600.0,
			960.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"lefttoolbarpinned": 0,
		"toptoolbarpinned": 0,
		"righttoolbarpinned": 0,
		"bottomtoolbarpinned": 0,
		"toolbars_unpinned_last_save": 0,
		"tallnewobj": 0,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"fontsize": 20.0,
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						10.0,
						420.0,
						30.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						6.0,
						520.0,
						30.0
					],
					"text": "rtvae - OSC control panel for rtvae serve"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						42.0,
						700.0,
						34.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						36.0,
						980.0,
						34.0
					],
					"text": "Start the server (rtvae serve, UDP 127.0.0.1:9000), then use the controls. Replies come back on UDP port 9001: the patch registers it with /rtvae/reply 9001 when it loads. Patching view (cmd-E) shows how each control is formatted."
				}
			},
			{
				"box": {
					"id": "obj-3",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						90.0,
						360.0,
						34.0
					],
					"text": "1. connection: [udpsend] sends, [udpreceive 9001] listens. On load: /rtvae/reply 9001, then status polling starts."
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						20.0,
						130.0,
						64.0,
						22.0
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						20.0,
						160.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						120.0,
						190.0,
						133.0,
						22.0
					],
					"text": "/rtvae/reply 9001"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						190.0,
						21.0,
						22.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						250.0,
						130.0,
						112.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						80.0,
						110.0,
						22.0
					],
					"text": "host 127.0.0.1"
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						250.0,
						160.0,
						77.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						125.0,
						80.0,
						80.0,
						22.0
					],
					"text": "port 9000"
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						220.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						210.0,
						80.0,
						130.0,
						20.0
					],
					"text": "retarget [udpsend]"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						620.0,
						560.0,
						162.0,
						22.0
					],
					"text": "udpsend 127.0.0.1 9000"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						250.0,
						380.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						110.0,
						330.0,
						20.0
					],
					"text": "2. latent z0..z7: each slider (-3..3) sends /rtvae/z/set index value"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-13",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						280.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						134.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						280.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						134.0,
						20.0,
						20.0
					],
					"text": "z0"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						280.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 0"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-16",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						308.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						160.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						308.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						160.0,
						20.0,
						20.0
					],
					"text": "z1"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						308.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 1"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-19",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						336.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						186.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						336.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						186.0,
						20.0,
						20.0
					],
					"text": "z2"
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						336.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 2"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-22",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						364.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						212.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						364.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						212.0,
						20.0,
						20.0
					],
					"text": "z3"
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						364.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 3"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-25",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						392.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						238.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						392.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						238.0,
						20.0,
						20.0
					],
					"text": "z4"
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						392.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 4"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-28",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						420.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						264.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						420.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						264.0,
						20.0,
						20.0
					],
					"text": "z5"
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						420.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 5"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-31",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						448.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						290.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						448.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						290.0,
						20.0,
						20.0
					],
					"text": "z6"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						448.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 6"
				}
			},
			{
				"box": {
					"floatoutput": 1,
					"id": "obj-34",
					"maxclass": "slider",
					"min": -3.0,
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						476.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						316.0,
						230.0,
						20.0
					],
					"size": 6.0
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						225.0,
						476.0,
						30.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						316.0,
						20.0,
						20.0
					],
					"text": "z7"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						476.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 7"
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						510.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						30.0,
						346.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						48.0,
						510.0,
						230.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						56.0,
						346.0,
						230.0,
						20.0
					],
					"text": "center: z0..z7 = 0 in one message"
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						20.0,
						540.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						120.0,
						570.0,
						56.0,
						22.0
					],
					"text": "set 0."
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						600.0,
						378.0,
						22.0
					],
					"text": "/rtvae/z/set 0 0. 1 0. 2 0. 3 0. 4 0. 5 0. 6 0. 7 0."
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						440.0,
						90.0,
						520.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						110.0,
						620.0,
						20.0
					],
					"text": "3. full latent: 128 sliders (-3..3) sent as /rtvae/z with 128 floats - when you draw, on 'send', or 20 times a second while 'live' is on"
				}
			},
			{
				"box": {
					"contdata": 0,
					"id": "obj-43",
					"maxclass": "multislider",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						440.0,
						120.0,
						512.0,
						150.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						134.0,
						512.0,
						150.0
					],
					"setminmax": [
						-3.0,
						3.0
					],
					"setstyle": 0,
					"settype": 1,
					"size": 128
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						440.0,
						280.0,
						120.0,
						22.0
					],
					"text": "prepend /rtvae/z"
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						880.0,
						280.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						880.0,
						134.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						906.0,
						280.0,
						50.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						906.0,
						134.0,
						50.0,
						20.0
					],
					"text": "send"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"patching_rect": [
						880.0,
						310.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						880.0,
						164.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						906.0,
						310.0,
						50.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						906.0,
						164.0,
						50.0,
						20.0
					],
					"text": "live"
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						880.0,
						340.0,
						64.0,
						22.0
					],
					"text": "metro 50"
				}
			},
			{
				"box": {
					"id": "obj-50",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						440.0,
						380.0,
						200.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						296.0,
						200.0,
						20.0
					],
					"text": "4. dynamics"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-51",
					"maxclass": "flonum",
					"maximum": 60000.0,
					"minimum": 0.0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						440.0,
						410.0,
						70.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						320.0,
						70.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						515.0,
						410.0,
						180.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						435.0,
						320.0,
						180.0,
						20.0
					],
					"text": "smooth_ms (latent slew)"
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700.0,
						410.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/smooth"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-54",
					"maxclass": "flonum",
					"maximum": 10.0,
					"minimum": 0.0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						440.0,
						440.0,
						70.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						346.0,
						70.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						515.0,
						440.0,
						180.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						435.0,
						346.0,
						180.0,
						20.0
					],
					"text": "temperature (0: decode mu)"
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700.0,
						440.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/temperature"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-57",
					"maxclass": "flonum",
					"maximum": 16.0,
					"minimum": 0.0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						440.0,
						470.0,
						70.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						372.0,
						70.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						515.0,
						470.0,
						180.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						435.0,
						372.0,
						180.0,
						20.0
					],
					"text": "gain (linear, 1 = unity)"
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700.0,
						470.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/gain"
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						870.0,
						380.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						870.0,
						410.0,
						63.0,
						22.0
					],
					"text": "set 20."
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						870.0,
						440.0,
						56.0,
						22.0
					],
					"text": "set 1."
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"patching_rect": [
						440.0,
						500.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						398.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						466.0,
						500.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						386.0,
						398.0,
						60.0,
						20.0
					],
					"text": "mute"
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700.0,
						500.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/mute"
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1000.0,
						90.0,
						440.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						296.0,
						340.0,
						20.0
					],
					"text": "5. presets, model, recording: type a name (Return), then click"
				}
			},
			{
				"box": {
					"id": "obj-67",
					"keymode": 1,
					"lines": 1,
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						1000.0,
						120.0,
						120.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						320.0,
						120.0,
						22.0
					],
					"text": "pad"
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1125.0,
						120.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						765.0,
						320.0,
						60.0,
						20.0
					],
					"text": "preset"
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1000.0,
						150.0,
						78.0,
						22.0
					],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1190.0,
						120.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						830.0,
						320.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1216.0,
						120.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						855.0,
						320.0,
						50.0,
						20.0
					],
					"text": "store"
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1190.0,
						150.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1190.0,
						180.0,
						50.0,
						22.0
					],
					"text": "zl reg"
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1190.0,
						210.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/preset/store"
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1380.0,
						120.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						905.0,
						320.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1406.0,
						120.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						930.0,
						320.0,
						50.0,
						20.0
					],
					"text": "recall"
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1380.0,
						150.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1380.0,
						180.0,
						50.0,
						22.0
					],
					"text": "zl reg"
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1380.0,
						210.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/preset/recall"
				}
			},
			{
				"box": {
					"id": "obj-80",
					"keymode": 1,
					"lines": 1,
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						1000.0,
						250.0,
						120.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						346.0,
						120.0,
						22.0
					],
					"text": "default"
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1125.0,
						250.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						765.0,
						346.0,
						60.0,
						20.0
					],
					"text": "model"
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1000.0,
						280.0,
						78.0,
						22.0
					],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1190.0,
						250.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						830.0,
						346.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1216.0,
						250.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						855.0,
						346.0,
						50.0,
						20.0
					],
					"text": "load"
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1190.0,
						280.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1190.0,
						310.0,
						50.0,
						22.0
					],
					"text": "zl reg"
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1190.0,
						340.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/model/load"
				}
			},
			{
				"box": {
					"id": "obj-88",
					"keymode": 1,
					"lines": 1,
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						1000.0,
						380.0,
						120.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						372.0,
						120.0,
						22.0
					],
					"text": "take1"
				}
			},
			{
				"box": {
					"id": "obj-89",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1125.0,
						380.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						765.0,
						372.0,
						60.0,
						20.0
					],
					"text": "record as"
				}
			},
			{
				"box": {
					"id": "obj-90",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1000.0,
						410.0,
						78.0,
						22.0
					],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "obj-91",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1190.0,
						380.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						830.0,
						372.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-92",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1216.0,
						380.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						855.0,
						372.0,
						50.0,
						20.0
					],
					"text": "start"
				}
			},
			{
				"box": {
					"id": "obj-93",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1190.0,
						410.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-94",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1190.0,
						440.0,
						50.0,
						22.0
					],
					"text": "zl reg"
				}
			},
			{
				"box": {
					"id": "obj-95",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1190.0,
						470.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/record/start"
				}
			},
			{
				"box": {
					"id": "obj-96",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1000.0,
						500.0,
						147.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						398.0,
						130.0,
						22.0
					],
					"text": "/rtvae/record/start"
				}
			},
			{
				"box": {
					"id": "obj-97",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1150.0,
						500.0,
						140.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						775.0,
						398.0,
						125.0,
						22.0
					],
					"text": "/rtvae/record/stop"
				}
			},
			{
				"box": {
					"id": "obj-98",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1000.0,
						525.0,
						300.0,
						20.0
					],
					"text": "start with a server-chosen name / stop"
				}
			},
			{
				"box": {
					"id": "obj-99",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1000.0,
						570.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						440.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-100",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1026.0,
						570.0,
						40.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						666.0,
						440.0,
						40.0,
						20.0
					],
					"text": "ping"
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1000.0,
						600.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1000.0,
						630.0,
						112.0,
						22.0
					],
					"text": "/rtvae/ping 1."
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"float",
						""
					],
					"patching_rect": [
						1120.0,
						630.0,
						43.0,
						22.0
					],
					"text": "timer"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-104",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1120.0,
						660.0,
						70.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						710.0,
						440.0,
						70.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-105",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1195.0,
						660.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						785.0,
						440.0,
						60.0,
						20.0
					],
					"text": "rtt ms"
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1260.0,
						570.0,
						91.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						850.0,
						440.0,
						80.0,
						22.0
					],
					"text": "/rtvae/help"
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1260.0,
						595.0,
						260.0,
						20.0
					],
					"text": "(addresses and replies, to the Max window)"
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1120.0,
						700.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						640.0,
						470.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1146.0,
						700.0,
						110.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						666.0,
						470.0,
						110.0,
						20.0
					],
					"text": "poll status 2/s"
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						1120.0,
						730.0,
						71.0,
						22.0
					],
					"text": "metro 500"
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1120.0,
						760.0,
						105.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						780.0,
						470.0,
						95.0,
						22.0
					],
					"text": "/rtvae/status"
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						650.0,
						420.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						500.0,
						420.0,
						20.0
					],
					"text": "6. replies: [udpreceive 9001] -> [route] by address -> displays"
				}
			},
			{
				"box": {
					"id": "obj-113",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						680.0,
						113.0,
						22.0
					],
					"text": "udpreceive 9001"
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "newobj",
					"numinlets": 12,
					"numoutlets": 12,
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"patching_rect": [
						20.0,
						710.0,
						1393.0,
						22.0
					],
					"text": "route /rtvae/status /rtvae/error /rtvae/pong /rtvae/help/address /rtvae/model/loaded /rtvae/record/started /rtvae/record/stopped /rtvae/help/reply /rtvae/corpus/loaded /rtvae/help/page /rtvae/welcome"
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						20.0,
						740.0,
						85.0,
						22.0
					],
					"text": "zl slice 13"
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 13,
					"outlettype": [
						"",
						"float",
						"float",
						"float",
						"float",
						"",
						"float",
						"float",
						"float",
						"float",
						"float",
						"float",
						"float"
					],
					"patching_rect": [
						20.0,
						770.0,
						330.0,
						22.0
					],
					"text": "unpack s f f f f s f f f f f f f"
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						810.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						105.0,
						810.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						524.0,
						100.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-119",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						200.0,
						810.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						115.0,
						524.0,
						120.0,
						20.0
					],
					"text": "model"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-120",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						105.0,
						838.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						550.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-121",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						200.0,
						838.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						115.0,
						550.0,
						120.0,
						20.0
					],
					"text": "sample_rate"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-122",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						105.0,
						866.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						576.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						200.0,
						866.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						115.0,
						576.0,
						120.0,
						20.0
					],
					"text": "device_rate"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-124",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						105.0,
						894.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						602.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						200.0,
						894.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						115.0,
						602.0,
						120.0,
						20.0
					],
					"text": "block"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-126",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						105.0,
						922.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						628.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						200.0,
						922.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						115.0,
						628.0,
						120.0,
						20.0
					],
					"text": "hop"
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						270.0,
						810.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-129",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						355.0,
						810.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						250.0,
						524.0,
						100.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-130",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						450.0,
						810.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						355.0,
						524.0,
						120.0,
						20.0
					],
					"text": "scheduling"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-131",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						355.0,
						838.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						250.0,
						550.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-132",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						450.0,
						838.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						355.0,
						550.0,
						120.0,
						20.0
					],
					"text": "latency_samples"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-133",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						355.0,
						866.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						250.0,
						576.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-134",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						450.0,
						866.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						355.0,
						576.0,
						120.0,
						20.0
					],
					"text": "latency_ms"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-135",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						355.0,
						894.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						250.0,
						602.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-136",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						450.0,
						894.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						355.0,
						602.0,
						120.0,
						20.0
					],
					"text": "xruns"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-137",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						355.0,
						922.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						250.0,
						628.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-138",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						450.0,
						922.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						355.0,
						628.0,
						120.0,
						20.0
					],
					"text": "late_blocks"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-139",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						605.0,
						810.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						490.0,
						524.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-140",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						700.0,
						810.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						595.0,
						524.0,
						120.0,
						20.0
					],
					"text": "cpu_load"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-141",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						605.0,
						838.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						490.0,
						550.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-142",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						700.0,
						838.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						595.0,
						550.0,
						120.0,
						20.0
					],
					"text": "controls_applied"
				}
			},
			{
				"box": {
					"format": 6,
					"id": "obj-143",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						605.0,
						866.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						490.0,
						576.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-144",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						700.0,
						866.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						595.0,
						576.0,
						120.0,
						20.0
					],
					"text": "controls_dropped"
				}
			},
			{
				"box": {
					"id": "obj-145",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						770.0,
						866.0,
						60.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						730.0,
						524.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-146",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						835.0,
						866.0,
						70.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						835.0,
						524.0,
						120.0,
						20.0
					],
					"text": "recording"
				}
			},
			{
				"box": {
					"id": "obj-147",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						300.0,
						740.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-148",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						400.0,
						740.0,
						560.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						664.0,
						870.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-149",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						540.0,
						770.0,
						230.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						885.0,
						664.0,
						100.0,
						34.0
					],
					"text": "last /rtvae/error: address reason"
				}
			},
			{
				"box": {
					"id": "obj-150",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						400.0,
						770.0,
						127.0,
						22.0
					],
					"text": "print rtvae-error"
				}
			},
			{
				"box": {
					"id": "obj-151",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						1200.0,
						630.0,
						30.0,
						22.0
					],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "obj-152",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1350.0,
						780.0,
						120.0,
						22.0
					],
					"text": "print rtvae-help"
				}
			},
			{
				"box": {
					"id": "obj-153",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						810.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-154",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						840.0,
						200.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						704.0,
						200.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-155",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1410.0,
						840.0,
						120.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						215.0,
						704.0,
						100.0,
						20.0
					],
					"text": "model loaded"
				}
			},
			{
				"box": {
					"id": "obj-156",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						880.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-157",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200.0,
						910.0,
						260.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						330.0,
						704.0,
						450.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-158",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1200.0,
						935.0,
						260.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						785.0,
						704.0,
						200.0,
						34.0
					],
					"text": "record file (started / stopped + seconds)"
				}
			},
			{
				"box": {
					"id": "obj-159",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1000.0,
						990.0,
						520.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						380.0,
						330.0,
						34.0
					],
					"text": "7. corpus for interpolation: a name of the corpora folder or 'default' (the model's own)"
				}
			},
			{
				"box": {
					"id": "obj-160",
					"keymode": 1,
					"lines": 1,
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"parameter_enable": 0,
					"patching_rect": [
						1000.0,
						1020.0,
						120.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						418.0,
						120.0,
						22.0
					],
					"text": "default"
				}
			},
			{
				"box": {
					"id": "obj-161",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1125.0,
						1020.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						135.0,
						418.0,
						60.0,
						20.0
					],
					"text": "corpus"
				}
			},
			{
				"box": {
					"id": "obj-162",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1000.0,
						1050.0,
						78.0,
						22.0
					],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "obj-163",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						1190.0,
						1020.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						200.0,
						418.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-164",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1216.0,
						1020.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						226.0,
						418.0,
						50.0,
						20.0
					],
					"text": "load"
				}
			},
			{
				"box": {
					"id": "obj-165",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						1190.0,
						1050.0,
						43.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-166",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						1190.0,
						1080.0,
						50.0,
						22.0
					],
					"text": "zl reg"
				}
			},
			{
				"box": {
					"id": "obj-167",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1190.0,
						1110.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/corpus/load"
				}
			},
			{
				"box": {
					"id": "obj-168",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1000.0,
						1150.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-169",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1000.0,
						1180.0,
						260.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						446.0,
						260.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-170",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1270.0,
						1180.0,
						230.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						472.0,
						330.0,
						20.0
					],
					"text": "corpus loaded: name sounds windows"
				}
			},
			{
				"box": {
					"id": "obj-171",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1480.0,
						780.0,
						150.0,
						22.0
					],
					"text": "print rtvae-help-reply"
				}
			},
			{
				"box": {
					"id": "obj-172",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 8,
					"outlettype": [
						"int",
						"",
						"int",
						"int",
						"int",
						"int",
						"int",
						"int"
					],
					"patching_rect": [
						770.0,
						810.0,
						150.0,
						22.0
					],
					"text": "unpack i s i i i i i i"
				}
			},
			{
				"box": {
					"id": "obj-173",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						770.0,
						894.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-174",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						770.0,
						922.0,
						90.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						730.0,
						550.0,
						100.0,
						22.0
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-175",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						865.0,
						922.0,
						60.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						835.0,
						550.0,
						120.0,
						20.0
					],
					"text": "corpus"
				}
			},
			{
				"box": {
					"id": "obj-176",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						940.0,
						866.0,
						60.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						730.0,
						576.0,
						100.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-177",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1005.0,
						866.0,
						50.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						835.0,
						576.0,
						120.0,
						20.0
					],
					"text": "errors"
				}
			},
			{
				"box": {
					"id": "obj-178",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						1240.0,
						760.0,
						62.0
					],
					"text": "8. registration: the server never answers a stranger with more than 10 times the bytes it sent (no amplifier), so a whole /rtvae/help listing needs a registered sender. After /rtvae/reply 9001 the panel sends /rtvae/hello from [udpsend]; the answer /rtvae/welcome token registered also reaches [udpreceive 9001]; while registered is 0 the token goes back as /rtvae/hello token. Only a welcome awaited (2 s after a hello) is answered: a reply target hears every client's welcome."
				}
			},
			{
				"box": {
					"id": "obj-179",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						1310.0,
						80.0,
						22.0
					],
					"text": "deferlow"
				}
			},
			{
				"box": {
					"id": "obj-180",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"bang",
						"bang"
					],
					"patching_rect": [
						20.0,
						1340.0,
						60.0,
						22.0
					],
					"text": "t b b b"
				}
			},
			{
				"box": {
					"id": "obj-181",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						200.0,
						1370.0,
						30.0,
						22.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-182",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						240.0,
						1370.0,
						50.0,
						22.0
					],
					"text": "set 0"
				}
			},
			{
				"box": {
					"id": "obj-183",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						110.0,
						1370.0,
						75.0,
						22.0
					],
					"text": "delay 2000"
				}
			},
			{
				"box": {
					"id": "obj-184",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						110.0,
						1400.0,
						30.0,
						22.0
					],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "obj-185",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						1430.0,
						90.0,
						22.0
					],
					"text": "/rtvae/hello"
				}
			},
			{
				"box": {
					"id": "obj-186",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1430.0,
						40.0,
						22.0
					],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "obj-187",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"int",
						"int"
					],
					"patching_rect": [
						320.0,
						1460.0,
						70.0,
						22.0
					],
					"text": "unpack 0 0"
				}
			},
			{
				"box": {
					"id": "obj-188",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"int",
						"int"
					],
					"patching_rect": [
						400.0,
						1490.0,
						40.0,
						22.0
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-189",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						460.0,
						1520.0,
						40.0,
						22.0
					],
					"text": "== 0"
				}
			},
			{
				"box": {
					"id": "obj-190",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1550.0,
						40.0,
						22.0
					],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "obj-191",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1580.0,
						130.0,
						22.0
					],
					"text": "prepend /rtvae/hello"
				}
			},
			{
				"box": {
					"id": "obj-192",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						""
					],
					"patching_rect": [
						400.0,
						1520.0,
						45.0,
						22.0
					],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "obj-193",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						520.0,
						1550.0,
						40.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-194",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						580.0,
						1580.0,
						30.0,
						22.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-195",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"patching_rect": [
						640.0,
						1610.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360.0,
						80.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-196",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						666.0,
						1610.0,
						160.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						386.0,
						80.0,
						160.0,
						20.0
					],
					"text": "registered (/rtvae/hello)"
				}
			},
			{
				"box": {
					"id": "obj-197",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"parameter_enable": 0,
					"patching_rect": [
						640.0,
						1310.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						560.0,
						80.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-198",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						640.0,
						1340.0,
						40.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-199",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						666.0,
						1310.0,
						240.0,
						20.0
					],
					"presentation": 1,
					"presentation_rect": [
						586.0,
						80.0,
						240.0,
						20.0
					],
					"text": "register again (after a server restart)"
				}
			},
			{
				"box": {
					"id": "obj-200",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1130.0,
						680.0,
						140.0,
						22.0
					],
					"text": "print rtvae-help-page"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"destination": [
						"obj-5",
						0
					],
					"source": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-6",
						0
					],
					"source": [
						"obj-5",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-7",
						0
					],
					"source": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-15",
						0
					],
					"source": [
						"obj-13",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-15",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-18",
						0
					],
					"source": [
						"obj-16",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-18",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-21",
						0
					],
					"source": [
						"obj-19",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-21",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-24",
						0
					],
					"source": [
						"obj-22",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-24",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-27",
						0
					],
					"source": [
						"obj-25",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-27",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-30",
						0
					],
					"source": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-30",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-33",
						0
					],
					"source": [
						"obj-31",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-36",
						0
					],
					"source": [
						"obj-34",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-36",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-39",
						0
					],
					"source": [
						"obj-37",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-40",
						0
					],
					"source": [
						"obj-39",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-41",
						0
					],
					"source": [
						"obj-39",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-41",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-13",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-16",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-19",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-22",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-25",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-28",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-31",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-34",
						0
					],
					"source": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-44",
						0
					],
					"source": [
						"obj-43",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-44",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-43",
						0
					],
					"source": [
						"obj-45",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-49",
						0
					],
					"source": [
						"obj-47",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-43",
						0
					],
					"source": [
						"obj-49",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-53",
						0
					],
					"source": [
						"obj-51",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-53",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-56",
						0
					],
					"source": [
						"obj-54",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-56",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-59",
						0
					],
					"source": [
						"obj-57",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-59",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-61",
						0
					],
					"source": [
						"obj-60",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-51",
						0
					],
					"source": [
						"obj-61",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-62",
						0
					],
					"source": [
						"obj-60",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-57",
						0
					],
					"source": [
						"obj-62",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-60",
						0
					],
					"source": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-65",
						0
					],
					"source": [
						"obj-63",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-65",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-69",
						0
					],
					"source": [
						"obj-67",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-72",
						0
					],
					"source": [
						"obj-70",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-67",
						0
					],
					"source": [
						"obj-72",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-73",
						1
					],
					"source": [
						"obj-69",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-73",
						0
					],
					"source": [
						"obj-72",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-74",
						0
					],
					"source": [
						"obj-73",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-74",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-77",
						0
					],
					"source": [
						"obj-75",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-67",
						0
					],
					"source": [
						"obj-77",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-78",
						1
					],
					"source": [
						"obj-69",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-78",
						0
					],
					"source": [
						"obj-77",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-79",
						0
					],
					"source": [
						"obj-78",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-79",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-82",
						0
					],
					"source": [
						"obj-80",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-85",
						0
					],
					"source": [
						"obj-83",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-80",
						0
					],
					"source": [
						"obj-85",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-86",
						1
					],
					"source": [
						"obj-82",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-86",
						0
					],
					"source": [
						"obj-85",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-87",
						0
					],
					"source": [
						"obj-86",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-87",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-90",
						0
					],
					"source": [
						"obj-88",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-93",
						0
					],
					"source": [
						"obj-91",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-88",
						0
					],
					"source": [
						"obj-93",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-94",
						1
					],
					"source": [
						"obj-90",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-94",
						0
					],
					"source": [
						"obj-93",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-95",
						0
					],
					"source": [
						"obj-94",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-95",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-96",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-97",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-101",
						0
					],
					"source": [
						"obj-99",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-103",
						0
					],
					"source": [
						"obj-101",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-102",
						0
					],
					"source": [
						"obj-101",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-102",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-104",
						0
					],
					"source": [
						"obj-103",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-106",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-110",
						0
					],
					"source": [
						"obj-108",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-111",
						0
					],
					"source": [
						"obj-110",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-111",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-108",
						0
					],
					"source": [
						"obj-7",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-114",
						0
					],
					"source": [
						"obj-113",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-115",
						0
					],
					"source": [
						"obj-114",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-116",
						0
					],
					"source": [
						"obj-115",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-117",
						0
					],
					"source": [
						"obj-116",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-118",
						0
					],
					"source": [
						"obj-117",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-120",
						0
					],
					"source": [
						"obj-116",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-122",
						0
					],
					"source": [
						"obj-116",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-124",
						0
					],
					"source": [
						"obj-116",
						3
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-126",
						0
					],
					"source": [
						"obj-116",
						4
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-128",
						0
					],
					"source": [
						"obj-116",
						5
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-129",
						0
					],
					"source": [
						"obj-128",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-131",
						0
					],
					"source": [
						"obj-116",
						6
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-133",
						0
					],
					"source": [
						"obj-116",
						7
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-135",
						0
					],
					"source": [
						"obj-116",
						8
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-137",
						0
					],
					"source": [
						"obj-116",
						9
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-139",
						0
					],
					"source": [
						"obj-116",
						10
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-141",
						0
					],
					"source": [
						"obj-116",
						11
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-143",
						0
					],
					"source": [
						"obj-116",
						12
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-147",
						0
					],
					"source": [
						"obj-114",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-148",
						0
					],
					"source": [
						"obj-147",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-150",
						0
					],
					"source": [
						"obj-114",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-151",
						0
					],
					"source": [
						"obj-114",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-103",
						1
					],
					"source": [
						"obj-151",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-152",
						0
					],
					"source": [
						"obj-114",
						3
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-153",
						0
					],
					"source": [
						"obj-114",
						4
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-154",
						0
					],
					"source": [
						"obj-153",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-156",
						0
					],
					"source": [
						"obj-114",
						5
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-156",
						0
					],
					"source": [
						"obj-114",
						6
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-157",
						0
					],
					"source": [
						"obj-156",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-162",
						0
					],
					"source": [
						"obj-160",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-165",
						0
					],
					"source": [
						"obj-163",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-160",
						0
					],
					"source": [
						"obj-165",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-166",
						1
					],
					"source": [
						"obj-162",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-166",
						0
					],
					"source": [
						"obj-165",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-167",
						0
					],
					"source": [
						"obj-166",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-167",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-168",
						0
					],
					"source": [
						"obj-114",
						8
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-169",
						0
					],
					"source": [
						"obj-168",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-171",
						0
					],
					"source": [
						"obj-114",
						7
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-172",
						0
					],
					"source": [
						"obj-115",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-145",
						0
					],
					"source": [
						"obj-172",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-173",
						0
					],
					"source": [
						"obj-172",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-174",
						0
					],
					"source": [
						"obj-173",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-176",
						0
					],
					"source": [
						"obj-172",
						5
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-179",
						0
					],
					"source": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-180",
						0
					],
					"source": [
						"obj-179",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-181",
						0
					],
					"source": [
						"obj-180",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-182",
						0
					],
					"source": [
						"obj-180",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-183",
						0
					],
					"source": [
						"obj-180",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-185",
						0
					],
					"source": [
						"obj-180",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-186",
						0
					],
					"source": [
						"obj-181",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-195",
						0
					],
					"source": [
						"obj-182",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-184",
						0
					],
					"source": [
						"obj-183",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-186",
						0
					],
					"source": [
						"obj-184",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-185",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-186",
						1
					],
					"source": [
						"obj-114",
						10
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-187",
						0
					],
					"source": [
						"obj-186",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-188",
						0
					],
					"source": [
						"obj-187",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-189",
						0
					],
					"source": [
						"obj-188",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-190",
						0
					],
					"source": [
						"obj-189",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-190",
						1
					],
					"source": [
						"obj-187",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-191",
						0
					],
					"source": [
						"obj-190",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-11",
						0
					],
					"source": [
						"obj-191",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-192",
						0
					],
					"source": [
						"obj-188",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-193",
						0
					],
					"source": [
						"obj-192",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-194",
						0
					],
					"source": [
						"obj-193",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-184",
						0
					],
					"source": [
						"obj-193",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-195",
						0
					],
					"source": [
						"obj-194",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-198",
						0
					],
					"source": [
						"obj-197",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-6",
						0
					],
					"source": [
						"obj-198",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-180",
						0
					],
					"source": [
						"obj-198",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-200",
						0
					],
					"source": [
						"obj-114",
						9
					]
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
