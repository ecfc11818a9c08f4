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
			60.0,
			80.0,
			1280.0,
			920.0
		],
		"openinpresentation": 0,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						10.0,
						800.0,
						30.0
					],
					"text": "rtvae-interp - interpolate between two sounds with rtvae serve, from Max",
					"fontsize": 20.0
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						44.0,
						1000.0,
						34.0
					],
					"text": "1. In a terminal: rtvae serve (UDP 127.0.0.1:9000).  2. The panel below is rtvae-interp.maxpat in a [bpatcher]: it registers its reply port (/rtvae/reply 9002) on load. Its inlet sends any OSC message, its outlet gives every reply."
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "bpatcher",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						84.0,
						1230.0,
						440.0
					],
					"name": "rtvae-interp.maxpat",
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						536.0,
						300.0,
						150.0
					],
					"text": "SOURCES: A and B are sounds of the corpus in use (the model's own, or the one the corpus box of rtvae.maxpat loaded with /rtvae/corpus/load; with the embedded model: family_note_brightness, families string bell organ bass vowel snare kick bowed glass grain, brightness dark mid bright), cluster:N or a file of the sounds folder. The longer one is trimmed to the shorter. ready A/B show the seconds of each source."
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
						330.0,
						536.0,
						300.0,
						150.0
					],
					"text": "MODE: stepwise = a static amount; meso = the amount follows the curve along the sequence; extend = sources re-encoded with a small hop and played one window per output hop (a time stretch). AMOUNT: 0 = A, 1 = B, -0.5..1.5 extrapolates."
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						640.0,
						536.0,
						300.0,
						150.0
					],
					"text": "CURVE: draw in the multislider (256 points) - it is sent whole as /rtvae/interp/curve while you draw; or edit the [function] and send its breakpoints (time value pairs, any time unit) or 256 samples of it. FUNCTIONS: built-in curves computed by the server: sine|triangle [periods low high], ramp [from to], exp [from to curvature], walk [seed step low high]."
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
						950.0,
						536.0,
						300.0,
						150.0
					],
					"text": "TRANSPORT: stretch plays the sequence that many times slower; loop; play / stop; the position slider jumps (0 start, 1 end). REPLIES: position (in windows), progress 0..1 and playing, 20 times a second while playing; the last /rtvae/error (also in the Max Console)."
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						700.0,
						900.0,
						20.0
					],
					"text": "worked example: organ dark -> organ bright, meso-scale with two sine periods. Click the messages in order (1 ... 6); send 'stop' to end.",
					"fontface": 1
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
						20.0,
						726.0,
						20.0,
						20.0
					],
					"text": "1"
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						36.0,
						726.0,
						217.0,
						22.0
					],
					"text": "/rtvae/interp/a organ_C3_dark"
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
						263.0,
						726.0,
						20.0,
						20.0
					],
					"text": "2"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						279.0,
						726.0,
						231.0,
						22.0
					],
					"text": "/rtvae/interp/b organ_C3_bright"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						520.0,
						726.0,
						20.0,
						20.0
					],
					"text": "3"
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
						536.0,
						726.0,
						175.0,
						22.0
					],
					"text": "/rtvae/interp/mode meso"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						721.0,
						726.0,
						20.0,
						20.0
					],
					"text": "4"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						737.0,
						726.0,
						217.0,
						22.0
					],
					"text": "/rtvae/interp/function sine 2"
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
						964.0,
						726.0,
						20.0,
						20.0
					],
					"text": "5"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						980.0,
						726.0,
						154.0,
						22.0
					],
					"text": "/rtvae/interp/loop 1"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						1144.0,
						726.0,
						20.0,
						20.0
					],
					"text": "6"
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1160.0,
						726.0,
						140.0,
						22.0
					],
					"text": "/rtvae/interp/play"
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20.0,
						770.0,
						182.0,
						22.0
					],
					"text": "/rtvae/interp/stretch 4."
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						796.0,
						202.0,
						20.0
					],
					"text": "4 times slower"
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						232.0,
						770.0,
						182.0,
						22.0
					],
					"text": "/rtvae/interp/amount 0.5"
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						232.0,
						796.0,
						202.0,
						20.0
					],
					"text": "stepwise: half-way"
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						444.0,
						770.0,
						189.0,
						22.0
					],
					"text": "/rtvae/interp/mode extend"
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
						444.0,
						796.0,
						209.0,
						20.0
					],
					"text": "extend: a stretch"
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
						663.0,
						770.0,
						140.0,
						22.0
					],
					"text": "/rtvae/interp/stop"
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						663.0,
						796.0,
						160.0,
						20.0
					],
					"text": "stop"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						840.0,
						100.0,
						22.0
					],
					"text": "print rtvae-reply"
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						130.0,
						840.0,
						700.0,
						20.0
					],
					"text": "every reply the panel receives, in the Max Console (/rtvae/out/interp: 20 lines a second while playing)"
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
						20.0,
						880.0,
						900.0,
						20.0
					],
					"text": "see also: patches/pd/rtvae-interp-help.pd (Pd), rtvae.maxhelp (the latent panel) and rtvae/osc/namespace.py (the OSC table; /rtvae/help prints it)."
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
						20.0,
						910.0,
						1000.0,
						34.0
					],
					"text": "registration: UDP senders can be forged, so the server never answers a stranger with more than 10 times the bytes it sent. [udpreceive 9002] is a reply target, so the progress reports reach it; 0.5 s after load the [udpsend] registers too (/rtvae/hello, then the token of /rtvae/welcome back) so that no reply to its requests is cut short, and 'registered' lights up. After a server restart, click 'register again'."
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"destination": [
						"obj-3",
						0
					],
					"source": [
						"obj-10",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-3",
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
						"obj-3",
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
						"obj-3",
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
						"obj-3",
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
						"obj-3",
						0
					],
					"source": [
						"obj-20",
						0
					]
				}
			},
			{
				"patchline": {
					"destination": [
						"obj-3",
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
						"obj-3",
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
						"obj-3",
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
						"obj-3",
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
						"obj-29",
						0
					],
					"source": [
						"obj-3",
						0
					]
				}
			}
		]
	}
}
