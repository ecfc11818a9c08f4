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
			60.0,
			80.0,
			1100.0,
			1250.0
		],
		"bglocked": 0,
		"openinpresentation": 0,
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
						600.0,
						30.0
					],
					"text": "rtvae - play rtvae serve from Max over OSC/UDP"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"linecount": 3,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						44.0,
						1000.0,
						50.0
					],
					"text": "1. In a terminal: rtvae serve (UDP 127.0.0.1:9000).  2. The panel below is rtvae.maxpat in a [bpatcher]: it sends to 127.0.0.1:9000 with [udpsend] and, because [udpsend] cannot receive, registers UDP port 9001 for replies with /rtvae/reply 9001 when it loads and listens there with [udpreceive 9001] (so open only one copy of the panel at a time).  3. Move the sliders."
				}
			},
			{
				"box": {
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"id": "obj-3",
					"lockeddragscroll": 0,
					"maxclass": "bpatcher",
					"name": "rtvae.maxpat",
					"numinlets": 0,
					"numoutlets": 0,
					"offset": [
						0.0,
						0.0
					],
					"outlettype": [],
					"parameter_enable": 0,
					"patching_rect": [
						20.0,
						100.0,
						1000.0,
						750.0
					],
					"viewvisibility": 1
				}
			},
			{
				"box": {
					"id": "obj-4",
					"linecount": 3,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						870.0,
						320.0,
						44.0
					],
					"text": "latent z0..z7: /rtvae/z/set index value, -3..3 (std units of the prior). 'center' zeros all eight in one message."
				}
			},
			{
				"box": {
					"id": "obj-5",
					"linecount": 3,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						915.0,
						320.0,
						44.0
					],
					"text": "full latent: the 128 sliders are the embedded model's latent size; a model with another size answers /rtvae/error. 'send' or 'live' (20/s) repeat the list."
				}
			},
			{
				"box": {
					"id": "obj-6",
					"linecount": 3,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						350.0,
						870.0,
						320.0,
						44.0
					],
					"text": "dynamics: smooth_ms = latent slew time, temperature 0 decodes the mean and 1 samples the posterior, gain is linear (1 = unity, ramped), mute ramps to silence."
				}
			},
			{
				"box": {
					"id": "obj-7",
					"linecount": 3,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						350.0,
						915.0,
						320.0,
						44.0
					],
					"text": "names (letters, digits, - _ .): type, press Return, click. store/recall = named latent targets (recall glides at smooth_ms). load = a model of the models folder or 'default'. record writes a WAV to the recordings folder."
				}
			},
			{
				"box": {
					"id": "obj-8",
					"linecount": 5,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						700.0,
						870.0,
						320.0,
						72.0
					],
					"text": "replies: status fields (scheduling = inline or ahead, latency, xruns, cpu_load = share of the block's time budget, corpus, errors), the last error (every rejected message is answered), ping round trip, /rtvae/help lines in the Max window (every address, then every reply)."
				}
			},
			{
				"box": {
					"fontface": 1,
					"id": "obj-9",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						1030.0,
						700.0,
						20.0
					],
					"text": "worked example: a slow sweep of z0 and a few one-off messages, from their own [udpsend]"
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
						20.0,
						1060.0,
						140.0,
						22.0
					],
					"text": "/rtvae/smooth 200."
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						170.0,
						1060.0,
						119.0,
						22.0
					],
					"text": "/rtvae/gain 0.5"
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
						300.0,
						1060.0,
						175.0,
						22.0
					],
					"text": "/rtvae/preset/store pad"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						480.0,
						1060.0,
						182.0,
						22.0
					],
					"text": "/rtvae/preset/recall pad"
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
						670.0,
						1060.0,
						189.0,
						22.0
					],
					"text": "/rtvae/model/load default"
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
						1100.0,
						112.0,
						22.0
					],
					"text": "-2.5, 2.5 4000"
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
						140.0,
						1100.0,
						112.0,
						22.0
					],
					"text": "2.5, -2.5 4000"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"outlettype": [
						"",
						"bang"
					],
					"patching_rect": [
						20.0,
						1130.0,
						78.0,
						22.0
					],
					"text": "line 0. 20"
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
						1160.0,
						162.0,
						22.0
					],
					"text": "prepend /rtvae/z/set 0"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						20.0,
						1195.0,
						162.0,
						22.0
					],
					"text": "udpsend 127.0.0.1 9000"
				}
			},
			{
				"box": {
					"id": "obj-20",
					"linecount": 2,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						260.0,
						1130.0,
						420.0,
						34.0
					],
					"text": "z0 ramps from -2.5 to 2.5 over 4 s, one /rtvae/z/set every 20 ms ([line] grain); the server slews between the steps"
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
						260.0,
						1195.0,
						600.0,
						20.0
					],
					"text": "see also: patches/pd/rtvae-help.pd (Pd) and rtvae/osc/namespace.py (the OSC table; /rtvae/help prints it)"
				}
			},
			{
				"box": {
					"id": "obj-22",
					"linecount": 4,
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"outlettype": [],
					"patching_rect": [
						700.0,
						947.0,
						320.0,
						58.0
					],
					"text": "corpus: type a name of the corpora folder (rtvae corpus build DIR --name NAME) or 'default' (the model's own), Return, 'load': /rtvae/corpus/load switches the corpus interpolation uses; 'corpus loaded' shows name, sounds and windows."
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
						870.0,
						1060.0,
						189.0,
						22.0
					],
					"text": "/rtvae/corpus/load default"
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
						20.0,
						962.0,
						670.0,
						64.0
					],
					"text": "registration: UDP senders can be forged, so the server never answers a stranger with more than 10 times the bytes it sent. On load the panel registers: /rtvae/reply 9001, then /rtvae/hello; the token of /rtvae/welcome comes back on [udpreceive 9001] and goes out again through [udpsend], and 'registered' lights up. That lifts the limit for this patch (the whole help listing). After a server restart, click 'register again'."
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"destination": [
						"obj-19",
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
						"obj-19",
						0
					],
					"source": [
						"obj-11",
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
						"obj-12",
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
						"obj-13",
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
						"obj-15",
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
						"obj-18",
						0
					],
					"source": [
						"obj-17",
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
						"obj-19",
						0
					],
					"source": [
						"obj-23",
						0
					]
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
