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
		"bglocked": 0,
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
		"dependency_cache": [],
		"autosave": 0,
		"rect": [
			40.0,
			60.0,
			1240.0,
			480.0
		],
		"openinpresentation": 1,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						10.0,
						6.0,
						700.0,
						30.0
					],
					"text": "rtvae-interp - interpolation between two sources (/rtvae/interp/*)",
					"presentation": 1,
					"presentation_rect": [
						10.0,
						6.0,
						700.0,
						30.0
					],
					"fontsize": 20.0
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						10.0,
						44.0,
						330.0,
						230.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						44.0,
						330.0,
						230.0
					],
					"bgcolor": [
						0.894,
						0.91,
						0.925,
						1.0
					],
					"background": 1
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						16.0,
						46.0,
						318.0,
						20.0
					],
					"text": "sources A and B   /rtvae/interp/a  /rtvae/interp/b",
					"presentation": 1,
					"presentation_rect": [
						16.0,
						46.0,
						318.0,
						20.0
					],
					"fontface": 1
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						10.0,
						280.0,
						330.0,
						150.0
					],
					"presentation": 1,
					"presentation_rect": [
						10.0,
						280.0,
						330.0,
						150.0
					],
					"bgcolor": [
						0.894,
						0.91,
						0.925,
						1.0
					],
					"background": 1
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						16.0,
						282.0,
						318.0,
						20.0
					],
					"text": "mode and amount",
					"presentation": 1,
					"presentation_rect": [
						16.0,
						282.0,
						318.0,
						20.0
					],
					"fontface": 1
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						345.0,
						44.0,
						540.0,
						386.0
					],
					"presentation": 1,
					"presentation_rect": [
						345.0,
						44.0,
						540.0,
						386.0
					],
					"bgcolor": [
						0.894,
						0.91,
						0.925,
						1.0
					],
					"background": 1
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						351.0,
						46.0,
						528.0,
						20.0
					],
					"text": "curve: [multislider] -> /rtvae/interp/curve, [function] -> breakpoints",
					"presentation": 1,
					"presentation_rect": [
						351.0,
						46.0,
						528.0,
						20.0
					],
					"fontface": 1
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						890.0,
						44.0,
						330.0,
						170.0
					],
					"presentation": 1,
					"presentation_rect": [
						890.0,
						44.0,
						330.0,
						170.0
					],
					"bgcolor": [
						0.894,
						0.91,
						0.925,
						1.0
					],
					"background": 1
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						896.0,
						46.0,
						318.0,
						20.0
					],
					"text": "transport",
					"presentation": 1,
					"presentation_rect": [
						896.0,
						46.0,
						318.0,
						20.0
					],
					"fontface": 1
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						890.0,
						220.0,
						330.0,
						210.0
					],
					"presentation": 1,
					"presentation_rect": [
						890.0,
						220.0,
						330.0,
						210.0
					],
					"bgcolor": [
						0.894,
						0.91,
						0.925,
						1.0
					],
					"background": 1
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						896.0,
						222.0,
						318.0,
						20.0
					],
					"text": "replies (udpreceive 9002)",
					"presentation": 1,
					"presentation_rect": [
						896.0,
						222.0,
						318.0,
						20.0
					],
					"fontface": 1
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						20.0,
						560.0,
						64.0,
						22.0
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						20.0,
						590.0,
						40.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						120.0,
						620.0,
						120.0,
						22.0
					],
					"text": "/rtvae/reply 9002"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						620.0,
						60.0,
						22.0
					],
					"text": "set 0"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "inlet",
					"numinlets": 0,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260.0,
						560.0,
						30.0,
						30.0
					],
					"comment": "OSC messages to send (e.g. /rtvae/interp/play)"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						260.0,
						680.0,
						150.0,
						22.0
					],
					"text": "udpsend 127.0.0.1 9000"
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
						20.0,
						720.0,
						105.0,
						22.0
					],
					"text": "udpreceive 9002"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "outlet",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						440.0,
						720.0,
						30.0,
						30.0
					],
					"comment": "every reply, as received"
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
						20.0,
						530.0,
						620.0,
						20.0
					],
					"text": "1. network: [udpsend] sends every OSC message; [udpreceive 9002] gets the replies, registered on load with /rtvae/reply 9002 (Max's [udpsend] cannot receive)."
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						68.0,
						20.0,
						20.0
					],
					"text": "A",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						68.0,
						20.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"patching_rect": [
						36.0,
						68.0,
						135.0,
						22.0
					],
					"text": "organ_C3_dark",
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						36.0,
						68.0,
						135.0,
						22.0
					],
					"keymode": 1,
					"lines": 1
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						20.0,
						800.0,
						70.0,
						22.0
					],
					"text": "route text"
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
						20.0,
						860.0,
						130.0,
						22.0
					],
					"text": "prepend /rtvae/interp/a"
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						830.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						100.0,
						150.0,
						22.0
					],
					"text": "organ_C3_dark",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						100.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						126.0,
						150.0,
						22.0
					],
					"text": "bell_C4_mid",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						126.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						152.0,
						150.0,
						22.0
					],
					"text": "string_A2_dark",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						152.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						178.0,
						150.0,
						22.0
					],
					"text": "vowel_C3_dark",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						178.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						204.0,
						150.0,
						22.0
					],
					"text": "cluster:0",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						204.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						180.0,
						68.0,
						20.0,
						20.0
					],
					"text": "B",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						68.0,
						20.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"",
						"int",
						"",
						""
					],
					"patching_rect": [
						196.0,
						68.0,
						135.0,
						22.0
					],
					"text": "organ_C3_bright",
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						196.0,
						68.0,
						135.0,
						22.0
					],
					"keymode": 1,
					"lines": 1
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						220.0,
						800.0,
						70.0,
						22.0
					],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						220.0,
						860.0,
						130.0,
						22.0
					],
					"text": "prepend /rtvae/interp/b"
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						220.0,
						830.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						180.0,
						100.0,
						150.0,
						22.0
					],
					"text": "organ_C3_bright",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						100.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						180.0,
						126.0,
						150.0,
						22.0
					],
					"text": "glass_C5_bright",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						126.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						180.0,
						152.0,
						150.0,
						22.0
					],
					"text": "bowed_C3_bright",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						152.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						180.0,
						178.0,
						150.0,
						22.0
					],
					"text": "vowel_C3_bright",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						178.0,
						150.0,
						22.0
					]
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
						180.0,
						204.0,
						150.0,
						22.0
					],
					"text": "cluster:9",
					"presentation": 1,
					"presentation_rect": [
						180.0,
						204.0,
						150.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						236.0,
						310.0,
						34.0
					],
					"text": "type a name + Return, or click a preset: corpus sounds (family_note_brightness), cluster:N",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						236.0,
						310.0,
						34.0
					]
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
						20.0,
						770.0,
						600.0,
						20.0
					],
					"text": "2. sources: a corpus sound, cluster:N (a SOM cluster's sounds in a row) or a file of the server's sounds folder; the server answers /rtvae/interp/ready a|b source windows seconds."
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						304.0,
						50.0,
						20.0
					],
					"text": "mode",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						304.0,
						50.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "umenu",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"int",
						"",
						""
					],
					"patching_rect": [
						70.0,
						304.0,
						100.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						70.0,
						304.0,
						100.0,
						22.0
					],
					"items": [
						"stepwise",
						",",
						"meso",
						",",
						"extend"
					],
					"arrow": 1
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						460.0,
						800.0,
						160.0,
						22.0
					],
					"text": "prepend /rtvae/interp/mode"
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
						20.0,
						334.0,
						60.0,
						20.0
					],
					"text": "amount",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						334.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "slider",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						80.0,
						336.0,
						180.0,
						20.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						80.0,
						336.0,
						180.0,
						20.0
					],
					"floatoutput": 1,
					"min": -0.5,
					"size": 2.0,
					"orientation": 1
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						265.0,
						334.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						265.0,
						334.0,
						60.0,
						22.0
					],
					"format": 6,
					"minimum": -0.5,
					"maximum": 1.5
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						460.0,
						860.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/interp/amount"
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
						20.0,
						362.0,
						310.0,
						62.0
					],
					"text": "stepwise: static amount (0 = A, 1 = B, outside extrapolates); meso: the curve drives the amount over the sequence; extend: one source window per output hop (a stretch)",
					"presentation": 1,
					"presentation_rect": [
						20.0,
						362.0,
						310.0,
						62.0
					]
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						355.0,
						68.0,
						520.0,
						20.0
					],
					"text": "draw the curve (256 points, -0.5..1.5; sampled evenly over the whole sequence)",
					"presentation": 1,
					"presentation_rect": [
						355.0,
						68.0,
						520.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "multislider",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						355.0,
						90.0,
						520.0,
						120.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						355.0,
						90.0,
						520.0,
						120.0
					],
					"contdata": 0,
					"setminmax": [
						-0.5,
						1.5
					],
					"setstyle": 0,
					"settype": 1,
					"size": 256
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						355.0,
						216.0,
						22.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						355.0,
						216.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						380.0,
						216.0,
						100.0,
						20.0
					],
					"text": "send curve",
					"presentation": 1,
					"presentation_rect": [
						380.0,
						216.0,
						100.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						480.0,
						216.0,
						60.0,
						22.0
					],
					"text": "ramp",
					"presentation": 1,
					"presentation_rect": [
						480.0,
						216.0,
						60.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						545.0,
						216.0,
						320.0,
						20.0
					],
					"text": "fills a ramp 0 -> 1 (drawing sends it)",
					"presentation": 1,
					"presentation_rect": [
						545.0,
						216.0,
						320.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						660.0,
						800.0,
						85.0,
						22.0
					],
					"text": "speedlim 100"
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						660.0,
						830.0,
						165.0,
						22.0
					],
					"text": "prepend /rtvae/interp/curve"
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"bang",
						"int"
					],
					"patching_rect": [
						660.0,
						890.0,
						75.0,
						22.0
					],
					"text": "uzi 256 0"
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"float"
					],
					"patching_rect": [
						660.0,
						920.0,
						45.0,
						22.0
					],
					"text": "/ 255."
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						660.0,
						950.0,
						80.0,
						22.0
					],
					"text": "zl group 256"
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						355.0,
						248.0,
						520.0,
						20.0
					],
					"text": "or a breakpoint curve: click to add points, shift-click to delete (domain 1000 ms)",
					"presentation": 1,
					"presentation_rect": [
						355.0,
						248.0,
						520.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "function",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [
						"float",
						"",
						"",
						"bang"
					],
					"patching_rect": [
						355.0,
						270.0,
						520.0,
						100.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						355.0,
						270.0,
						520.0,
						100.0
					],
					"domain": 1000.0,
					"range": [
						-0.5,
						1.5
					],
					"addpoints": [
						0.0,
						0.0,
						0,
						500.0,
						1.0,
						0,
						1000.0,
						0.0,
						0
					]
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						355.0,
						376.0,
						22.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						355.0,
						376.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						380.0,
						376.0,
						140.0,
						20.0
					],
					"text": "send breakpoints",
					"presentation": 1,
					"presentation_rect": [
						380.0,
						376.0,
						140.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						520.0,
						376.0,
						22.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						520.0,
						376.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						545.0,
						376.0,
						200.0,
						20.0
					],
					"text": "send sampled (256 points)",
					"presentation": 1,
					"presentation_rect": [
						545.0,
						376.0,
						200.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						880.0,
						800.0,
						60.0,
						22.0
					],
					"text": "listdump"
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						880.0,
						860.0,
						200.0,
						22.0
					],
					"text": "prepend /rtvae/interp/breakpoints"
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"bang",
						"int"
					],
					"patching_rect": [
						880.0,
						890.0,
						75.0,
						22.0
					],
					"text": "uzi 256 0"
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"float"
					],
					"patching_rect": [
						880.0,
						920.0,
						45.0,
						22.0
					],
					"text": "/ 255."
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"float"
					],
					"patching_rect": [
						880.0,
						950.0,
						55.0,
						22.0
					],
					"text": "* 1000."
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
						880.0,
						1010.0,
						80.0,
						22.0
					],
					"text": "zl group 256"
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						660.0,
						770.0,
						560.0,
						48.0
					],
					"text": "3. curves: the multislider goes whole as /rtvae/interp/curve (one message, at most 10 a second while drawing); [function] 'listdump' gives (time, value) pairs for /rtvae/interp/breakpoints, or is read at evenly spaced times for /rtvae/interp/curve."
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						355.0,
						404.0,
						80.0,
						20.0
					],
					"text": "functions",
					"presentation": 1,
					"presentation_rect": [
						355.0,
						404.0,
						80.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						425.0,
						404.0,
						60.0,
						22.0
					],
					"text": "/rtvae/interp/function sine 2",
					"presentation": 1,
					"presentation_rect": [
						425.0,
						404.0,
						60.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						489.0,
						404.0,
						88.0,
						22.0
					],
					"text": "/rtvae/interp/function triangle 1",
					"presentation": 1,
					"presentation_rect": [
						489.0,
						404.0,
						88.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						581.0,
						404.0,
						74.0,
						22.0
					],
					"text": "/rtvae/interp/function ramp 0 1",
					"presentation": 1,
					"presentation_rect": [
						581.0,
						404.0,
						74.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						659.0,
						404.0,
						81.0,
						22.0
					],
					"text": "/rtvae/interp/function exp 0 1 4",
					"presentation": 1,
					"presentation_rect": [
						659.0,
						404.0,
						81.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						744.0,
						404.0,
						123.0,
						22.0
					],
					"text": "/rtvae/interp/function walk 7 0.05 0 1",
					"presentation": 1,
					"presentation_rect": [
						744.0,
						404.0,
						123.0,
						22.0
					]
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
						900.0,
						68.0,
						60.0,
						20.0
					],
					"text": "stretch",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						68.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						960.0,
						68.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						960.0,
						68.0,
						60.0,
						22.0
					],
					"format": 6,
					"minimum": 0.01,
					"maximum": 100.0
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1100.0,
						800.0,
						170.0,
						22.0
					],
					"text": "prepend /rtvae/interp/stretch"
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						1040.0,
						68.0,
						22.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						1040.0,
						68.0,
						22.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1064.0,
						68.0,
						40.0,
						20.0
					],
					"text": "loop",
					"presentation": 1,
					"presentation_rect": [
						1064.0,
						68.0,
						40.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1100.0,
						830.0,
						150.0,
						22.0
					],
					"text": "prepend /rtvae/interp/loop"
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900.0,
						98.0,
						110.0,
						22.0
					],
					"text": "/rtvae/interp/play",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						98.0,
						110.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-88",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1020.0,
						98.0,
						110.0,
						22.0
					],
					"text": "/rtvae/interp/stop",
					"presentation": 1,
					"presentation_rect": [
						1020.0,
						98.0,
						110.0,
						22.0
					]
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
						900.0,
						128.0,
						120.0,
						20.0
					],
					"text": "jump to position",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						128.0,
						120.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-90",
					"maxclass": "slider",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900.0,
						150.0,
						300.0,
						20.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						900.0,
						150.0,
						300.0,
						20.0
					],
					"floatoutput": 1,
					"size": 1.0,
					"orientation": 1
				}
			},
			{
				"box": {
					"id": "obj-91",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1100.0,
						860.0,
						180.0,
						22.0
					],
					"text": "prepend /rtvae/interp/position"
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
						900.0,
						176.0,
						310.0,
						34.0
					],
					"text": "stretch = times slower; play starts/resumes, stop holds the latent",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						176.0,
						310.0,
						34.0
					]
				}
			},
			{
				"box": {
					"id": "obj-93",
					"maxclass": "newobj",
					"numinlets": 5,
					"numoutlets": 5,
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"patching_rect": [
						20.0,
						1100.0,
						497.0,
						22.0
					],
					"text": "route /rtvae/interp/ready /rtvae/out/interp /rtvae/error /rtvae/welcome"
				}
			},
			{
				"box": {
					"id": "obj-94",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						900.0,
						244.0,
						60.0,
						20.0
					],
					"text": "position",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						244.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-95",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						960.0,
						244.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						960.0,
						244.0,
						60.0,
						22.0
					],
					"format": 6
				}
			},
			{
				"box": {
					"id": "obj-96",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1030.0,
						244.0,
						60.0,
						20.0
					],
					"text": "progress",
					"presentation": 1,
					"presentation_rect": [
						1030.0,
						244.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-97",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						1090.0,
						244.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						1090.0,
						244.0,
						60.0,
						22.0
					],
					"format": 6
				}
			},
			{
				"box": {
					"id": "obj-98",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						1160.0,
						244.0,
						22.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						1160.0,
						244.0,
						22.0,
						22.0
					],
					"ignoreclick": 1
				}
			},
			{
				"box": {
					"id": "obj-99",
					"maxclass": "slider",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900.0,
						272.0,
						300.0,
						16.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						900.0,
						272.0,
						300.0,
						16.0
					],
					"floatoutput": 1,
					"size": 1.0,
					"orientation": 1,
					"ignoreclick": 1
				}
			},
			{
				"box": {
					"id": "obj-100",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"float",
						"float",
						"float"
					],
					"patching_rect": [
						200.0,
						1140.0,
						100.0,
						22.0
					],
					"text": "unpack f f f"
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"outlettype": [
						"",
						"",
						""
					],
					"patching_rect": [
						20.0,
						1140.0,
						70.0,
						22.0
					],
					"text": "route a b"
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						900.0,
						296.0,
						60.0,
						20.0
					],
					"text": "ready A",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						296.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						960.0,
						296.0,
						140.0,
						22.0
					],
					"text": "",
					"presentation": 1,
					"presentation_rect": [
						960.0,
						296.0,
						140.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-104",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						1110.0,
						296.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						1110.0,
						296.0,
						60.0,
						22.0
					],
					"format": 6
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
						1172.0,
						296.0,
						20.0,
						20.0
					],
					"text": "s",
					"presentation": 1,
					"presentation_rect": [
						1172.0,
						296.0,
						20.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"int",
						"float"
					],
					"patching_rect": [
						20.0,
						1170.0,
						80.0,
						22.0
					],
					"text": "unpack s i f"
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						1200.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						900.0,
						324.0,
						60.0,
						20.0
					],
					"text": "ready B",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						324.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						960.0,
						324.0,
						140.0,
						22.0
					],
					"text": "",
					"presentation": 1,
					"presentation_rect": [
						960.0,
						324.0,
						140.0,
						22.0
					]
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						1110.0,
						324.0,
						60.0,
						22.0
					],
					"parameter_enable": 0,
					"presentation": 1,
					"presentation_rect": [
						1110.0,
						324.0,
						60.0,
						22.0
					],
					"format": 6
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1172.0,
						324.0,
						20.0,
						20.0
					],
					"text": "s",
					"presentation": 1,
					"presentation_rect": [
						1172.0,
						324.0,
						20.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"",
						"int",
						"float"
					],
					"patching_rect": [
						110.0,
						1170.0,
						80.0,
						22.0
					],
					"text": "unpack s i f"
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
						110.0,
						1200.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						900.0,
						356.0,
						60.0,
						20.0
					],
					"text": "error",
					"presentation": 1,
					"presentation_rect": [
						900.0,
						356.0,
						60.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						960.0,
						356.0,
						250.0,
						40.0
					],
					"text": "",
					"presentation": 1,
					"presentation_rect": [
						960.0,
						356.0,
						250.0,
						40.0
					]
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						400.0,
						1140.0,
						80.0,
						22.0
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						500.0,
						1140.0,
						130.0,
						22.0
					],
					"text": "print rtvae-interp-error"
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						1070.0,
						620.0,
						20.0
					],
					"text": "4. replies: /rtvae/interp/ready a|b source windows seconds; /rtvae/out/interp position progress playing (20 a second while playing, also to registered reply ports); /rtvae/error address reason."
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
						20.0,
						1260.0,
						760.0,
						62.0
					],
					"text": "5. registration: the server never answers a stranger with more than 10 times the bytes it sent (no amplifier). [udpreceive 9002] is a reply target, so it gets the progress reports; the [udpsend] sender registers too, 0.5 s after load (after a main panel loaded with it: a reply target hears every client's welcome, and only a welcome awaited for 2 s after a hello is answered): /rtvae/hello, then /rtvae/hello token while the welcome says registered 0."
				}
			},
			{
				"box": {
					"id": "obj-120",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						20.0,
						1330.0,
						80.0,
						22.0
					],
					"text": "delay 500"
				}
			},
			{
				"box": {
					"id": "obj-121",
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
						1360.0,
						60.0,
						22.0
					],
					"text": "t b b b"
				}
			},
			{
				"box": {
					"id": "obj-122",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						200.0,
						1390.0,
						30.0,
						22.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						240.0,
						1390.0,
						50.0,
						22.0
					],
					"text": "set 0"
				}
			},
			{
				"box": {
					"id": "obj-124",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						110.0,
						1390.0,
						75.0,
						22.0
					],
					"text": "delay 2000"
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						110.0,
						1420.0,
						30.0,
						22.0
					],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "obj-126",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						1450.0,
						90.0,
						22.0
					],
					"text": "/rtvae/hello"
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1450.0,
						40.0,
						22.0
					],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"int",
						"int"
					],
					"patching_rect": [
						320.0,
						1480.0,
						70.0,
						22.0
					],
					"text": "unpack 0 0"
				}
			},
			{
				"box": {
					"id": "obj-129",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"int",
						"int"
					],
					"patching_rect": [
						400.0,
						1510.0,
						40.0,
						22.0
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-130",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						460.0,
						1540.0,
						40.0,
						22.0
					],
					"text": "== 0"
				}
			},
			{
				"box": {
					"id": "obj-131",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1570.0,
						40.0,
						22.0
					],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "obj-132",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						320.0,
						1600.0,
						130.0,
						22.0
					],
					"text": "prepend /rtvae/hello"
				}
			},
			{
				"box": {
					"id": "obj-133",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						""
					],
					"patching_rect": [
						400.0,
						1540.0,
						45.0,
						22.0
					],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "obj-134",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						520.0,
						1570.0,
						40.0,
						22.0
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-135",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						580.0,
						1600.0,
						30.0,
						22.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-136",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						640.0,
						1630.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						900.0,
						402.0,
						22.0,
						22.0
					],
					"parameter_enable": 0
				}
			},
			{
				"box": {
					"id": "obj-137",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						666.0,
						1630.0,
						70.0,
						20.0
					],
					"text": "registered",
					"presentation": 1,
					"presentation_rect": [
						926.0,
						402.0,
						70.0,
						20.0
					]
				}
			},
			{
				"box": {
					"id": "obj-138",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"bang"
					],
					"patching_rect": [
						640.0,
						1330.0,
						22.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						1000.0,
						402.0,
						22.0,
						22.0
					],
					"parameter_enable": 0
				}
			},
			{
				"box": {
					"id": "obj-139",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"bang",
						"bang"
					],
					"patching_rect": [
						640.0,
						1360.0,
						40.0,
						22.0
					],
					"text": "t b b"
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
						666.0,
						1330.0,
						190.0,
						20.0
					],
					"text": "register again (server restart)",
					"presentation": 1,
					"presentation_rect": [
						1026.0,
						402.0,
						190.0,
						20.0
					]
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"destination": [
						"obj-13",
						0
					],
					"source": [
						"obj-12",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-14",
						0
					],
					"source": [
						"obj-13",
						1
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
						"obj-17",
						0
					],
					"source": [
						"obj-14",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-19",
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
						"obj-23",
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
						"obj-24",
						0
					],
					"source": [
						"obj-23",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-24",
						0
					],
					"source": [
						"obj-26",
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
						"obj-26",
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
						"obj-27",
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
						"obj-27",
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
						"obj-28",
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
						"obj-28",
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
						"obj-29",
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
						"obj-29",
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
						"obj-30",
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
						"obj-30",
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
						"obj-25",
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
						"obj-32",
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
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-34",
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
						"obj-35",
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
						"obj-34",
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
						"obj-35",
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
						"obj-34",
						0
					],
					"source": [
						"obj-38",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-35",
						0
					],
					"source": [
						"obj-38",
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
						"obj-39",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-35",
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
						"obj-35",
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
						"obj-32",
						0
					],
					"source": [
						"obj-35",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-45",
						0
					],
					"source": [
						"obj-44",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-44",
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
						"obj-48",
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
						"obj-49",
						0
					],
					"source": [
						"obj-48",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-52",
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
						"obj-57",
						0
					],
					"source": [
						"obj-52",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-58",
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
						"obj-17",
						0
					],
					"source": [
						"obj-58",
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
						"obj-55",
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
						"obj-59",
						2
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
						"obj-52",
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
						"obj-68",
						0
					],
					"source": [
						"obj-64",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-63",
						0
					],
					"source": [
						"obj-68",
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
						"obj-63",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						0
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
						"obj-70",
						0
					],
					"source": [
						"obj-66",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-71",
						0
					],
					"source": [
						"obj-70",
						2
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
						"obj-71",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-63",
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
						"obj-73",
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
						"obj-58",
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
						"obj-17",
						0
					],
					"source": [
						"obj-76",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-17",
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
						"obj-17",
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
						"obj-17",
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
						"obj-83",
						0
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
						"obj-17",
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
						"obj-86",
						0
					],
					"source": [
						"obj-84",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
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
						"obj-17",
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
						"obj-17",
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
						"obj-91",
						0
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
						"obj-17",
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
						"obj-93",
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
						"obj-100",
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
						"obj-95",
						0
					],
					"source": [
						"obj-100",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-97",
						0
					],
					"source": [
						"obj-100",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-99",
						0
					],
					"source": [
						"obj-100",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-98",
						0
					],
					"source": [
						"obj-100",
						2
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
						"obj-93",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-106",
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
						"obj-107",
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
						"obj-103",
						0
					],
					"source": [
						"obj-107",
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
						"obj-106",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-112",
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
						"obj-113",
						0
					],
					"source": [
						"obj-112",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-109",
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
						"obj-110",
						0
					],
					"source": [
						"obj-112",
						2
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
						"obj-93",
						2
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
						"obj-93",
						2
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
						"obj-116",
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
						"obj-12",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-121",
						0
					],
					"source": [
						"obj-120",
						0
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
						"obj-121",
						2
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-123",
						0
					],
					"source": [
						"obj-121",
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
						"obj-121",
						1
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
						"obj-121",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-127",
						0
					],
					"source": [
						"obj-122",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-136",
						0
					],
					"source": [
						"obj-123",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-125",
						0
					],
					"source": [
						"obj-124",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-127",
						0
					],
					"source": [
						"obj-125",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						0
					],
					"source": [
						"obj-126",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-127",
						1
					],
					"source": [
						"obj-93",
						3
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
						"obj-127",
						0
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
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-130",
						0
					],
					"source": [
						"obj-129",
						1
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
						"obj-130",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-131",
						1
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
						"obj-132",
						0
					],
					"source": [
						"obj-131",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-17",
						0
					],
					"source": [
						"obj-132",
						0
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
						"obj-129",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-134",
						0
					],
					"source": [
						"obj-133",
						0
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
						"obj-134",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-125",
						0
					],
					"source": [
						"obj-134",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-136",
						0
					],
					"source": [
						"obj-135",
						0
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
						"obj-138",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-14",
						0
					],
					"source": [
						"obj-139",
						1
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-121",
						0
					],
					"source": [
						"obj-139",
						0
					]
				}
			}
		]
	}
}
