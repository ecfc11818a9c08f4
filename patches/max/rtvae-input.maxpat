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
  "description": "rtvae-input: live input for rtvae serve --input",
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
   1080.0,
   480.0
  ],
  "openinpresentation": 1,
  "boxes": [
   {
    "box": {
     "id": "obj-8",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20.0,
      700.0,
      66.0,
      22.0
     ],
     "text": "loadbang"
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      20.0,
      730.0,
      45.0,
      22.0
     ],
     "text": "t b b"
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
      120.0,
      760.0,
      133.0,
      22.0
     ],
     "text": "/rtvae/reply 9006"
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "inlet",
     "numinlets": 0,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300.0,
      700.0,
      30.0,
      30.0
     ],
     "comment": "OSC messages to send (e.g. /rtvae/mix A 1 B -1 C 1)"
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      820.0,
      164.0,
      22.0
     ],
     "text": "udpsend 127.0.0.1 9000"
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420.0,
      700.0,
      115.0,
      22.0
     ],
     "text": "udpreceive 9006"
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "outlet",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      420.0,
      820.0,
      30.0,
      30.0
     ],
     "comment": "every reply, as received"
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
      20.0,
      650.0,
      600.0,
      40.0
     ],
     "text": "1. network: [udpsend] sends every OSC message; [udpreceive 9006] gets the replies once /rtvae/reply 9006 (sent on load) has told the server where"
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 6,
     "outlettype": [
      "",
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      420.0,
      880.0,
      560.0,
      22.0
     ],
     "text": "route /rtvae/out/z /rtvae/error /rtvae/welcome /rtvae/status /rtvae/input/device"
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
      16.0,
      398.0,
      40.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      398.0,
      40.0,
      20.0
     ],
     "text": "error"
    }
   },
   {
    "box": {
     "id": "obj-59",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      60.0,
      398.0,
      600.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      60.0,
      398.0,
      600.0,
      22.0
     ],
     "text": ""
    }
   },
   {
    "box": {
     "id": "obj-60",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1100.0,
      1010.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-61",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1200.0,
      1010.0,
      140.0,
      22.0
     ],
     "text": "print rtvae-mix-error"
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
      20.0,
      1600.0,
      700.0,
      30.0
     ],
     "text": "5. registration: /rtvae/out/z goes only to registered clients. After the reply port, /rtvae/hello; the welcome's token goes back while registered is 0; again every 5 s"
    }
   },
   {
    "box": {
     "id": "obj-63",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20.0,
      1650.0,
      73.0,
      22.0
     ],
     "text": "delay 500"
    }
   },
   {
    "box": {
     "id": "obj-64",
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
      1680.0,
      59.0,
      22.0
     ],
     "text": "t b b b"
    }
   },
   {
    "box": {
     "id": "obj-65",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200.0,
      1710.0,
      40.0,
      22.0
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-66",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      250.0,
      1710.0,
      49.0,
      22.0
     ],
     "text": "set 0"
    }
   },
   {
    "box": {
     "id": "obj-67",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      120.0,
      1710.0,
      80.0,
      22.0
     ],
     "text": "delay 2000"
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
      120.0,
      1740.0,
      40.0,
      22.0
     ],
     "text": "0"
    }
   },
   {
    "box": {
     "id": "obj-69",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1740.0,
      98.0,
      22.0
     ],
     "text": "/rtvae/hello"
    }
   },
   {
    "box": {
     "id": "obj-70",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1770.0,
      40.0,
      22.0
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-71",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      320.0,
      1800.0,
      80.0,
      22.0
     ],
     "text": "unpack 0 0"
    }
   },
   {
    "box": {
     "id": "obj-72",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      400.0,
      1830.0,
      45.0,
      22.0
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-73",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      460.0,
      1860.0,
      40.0,
      22.0
     ],
     "text": "== 0"
    }
   },
   {
    "box": {
     "id": "obj-74",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1890.0,
      40.0,
      22.0
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-75",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1920.0,
      150.0,
      22.0
     ],
     "text": "prepend /rtvae/hello"
    }
   },
   {
    "box": {
     "id": "obj-76",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      ""
     ],
     "patching_rect": [
      400.0,
      1860.0,
      45.0,
      22.0
     ],
     "text": "sel 1"
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
      400.0,
      1890.0,
      45.0,
      22.0
     ],
     "text": "t b b"
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
      480.0,
      1920.0,
      40.0,
      22.0
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-79",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      900.0,
      398.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      900.0,
      398.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-80",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      925.0,
      400.0,
      70.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      925.0,
      400.0,
      70.0,
      20.0
     ],
     "text": "registered"
    }
   },
   {
    "box": {
     "id": "obj-81",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      700.0,
      398.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      700.0,
      398.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-82",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      725.0,
      400.0,
      95.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      725.0,
      400.0,
      95.0,
      20.0
     ],
     "text": "register again"
    }
   },
   {
    "box": {
     "id": "obj-83",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      880.0,
      1650.0,
      45.0,
      22.0
     ],
     "text": "t b b"
    }
   },
   {
    "box": {
     "id": "obj-101",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      6.0,
      760.0,
      30.0
     ],
     "text": "rtvae-input - live input (rtvae serve --input DEVICE): mix, freeze, gate, feedback, transform, knobs, a latent recorder",
     "presentation": 1,
     "presentation_rect": [
      10.0,
      6.0,
      760.0,
      30.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-102",
     "maxclass": "panel",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      44.0,
      600.0,
      286.0
     ],
     "presentation": 1,
     "presentation_rect": [
      10.0,
      44.0,
      600.0,
      286.0
     ],
     "bgcolor": [
      0.89,
      0.91,
      0.925,
      1.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-103",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      48.0,
      590.0,
      20.0
     ],
     "text": "the input: /rtvae/input/mix freeze gate temperature feedback scale, /rtvae/knob/*",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      48.0,
      590.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-104",
     "maxclass": "panel",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      620.0,
      44.0,
      410.0,
      286.0
     ],
     "presentation": 1,
     "presentation_rect": [
      620.0,
      44.0,
      410.0,
      286.0
     ],
     "bgcolor": [
      0.89,
      0.91,
      0.925,
      1.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-105",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      626.0,
      48.0,
      400.0,
      20.0
     ],
     "text": "offset (/rtvae/input/offset, one slider per dimension) and the recorder",
     "presentation": 1,
     "presentation_rect": [
      626.0,
      48.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-106",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      74.0,
      80.0,
      20.0
     ],
     "text": "mix",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      74.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-107",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      74.0,
      200.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      74.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": 0.0,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-108",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      306.0,
      74.0,
      55.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      306.0,
      74.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-109",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      366.0,
      74.0,
      240.0,
      20.0
     ],
     "text": "0 the control latent, 1 the input's latent",
     "presentation": 1,
     "presentation_rect": [
      366.0,
      74.0,
      240.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-110",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      20.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/mix"
    }
   },
   {
    "box": {
     "id": "obj-111",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      20.0,
      1040.0,
      80.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-112",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      102.0,
      80.0,
      20.0
     ],
     "text": "gate",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      102.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-113",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      102.0,
      200.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      102.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -100.0,
     "size": 100.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-114",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      306.0,
      102.0,
      55.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      306.0,
      102.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-115",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      366.0,
      102.0,
      240.0,
      20.0
     ],
     "text": "dBFS: a quieter input is silence (-200 by message: no gate)",
     "presentation": 1,
     "presentation_rect": [
      366.0,
      102.0,
      240.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-116",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      170.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/gate"
    }
   },
   {
    "box": {
     "id": "obj-117",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      170.0,
      1040.0,
      80.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-118",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      130.0,
      80.0,
      20.0
     ],
     "text": "temperature",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      130.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-119",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      130.0,
      200.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      130.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": 0.0,
     "size": 2.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-120",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      306.0,
      130.0,
      55.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      306.0,
      130.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-121",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      366.0,
      130.0,
      240.0,
      20.0
     ],
     "text": "0 encodes mu; more samples the input's posterior",
     "presentation": 1,
     "presentation_rect": [
      366.0,
      130.0,
      240.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-122",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/temperature"
    }
   },
   {
    "box": {
     "id": "obj-123",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1040.0,
      80.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-124",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      158.0,
      80.0,
      20.0
     ],
     "text": "feedback",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      158.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-125",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      158.0,
      200.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      158.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": 0.0,
     "size": 0.9,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-126",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      306.0,
      158.0,
      55.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      306.0,
      158.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-127",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      366.0,
      158.0,
      240.0,
      20.0
     ],
     "text": "the output, a window later, into the encoder (at most 0.9)",
     "presentation": 1,
     "presentation_rect": [
      366.0,
      158.0,
      240.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-128",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      470.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/feedback"
    }
   },
   {
    "box": {
     "id": "obj-129",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      470.0,
      1040.0,
      80.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-130",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      186.0,
      80.0,
      20.0
     ],
     "text": "scale",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      186.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-131",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      186.0,
      200.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      186.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -2.0,
     "size": 4.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-132",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      306.0,
      186.0,
      55.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      306.0,
      186.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-133",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      366.0,
      186.0,
      240.0,
      20.0
     ],
     "text": "one factor for every dimension of the input's latent",
     "presentation": 1,
     "presentation_rect": [
      366.0,
      186.0,
      240.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-134",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      620.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/scale"
    }
   },
   {
    "box": {
     "id": "obj-135",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      620.0,
      1040.0,
      80.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-136",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      214.0,
      80.0,
      20.0
     ],
     "text": "freeze",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      214.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-137",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      96.0,
      214.0,
      22.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "presentation": 1,
     "presentation_rect": [
      96.0,
      214.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-138",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      124.0,
      214.0,
      400.0,
      20.0
     ],
     "text": "hold the input's last latent (its transform still applies)",
     "presentation": 1,
     "presentation_rect": [
      124.0,
      214.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-139",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      800.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/freeze"
    }
   },
   {
    "box": {
     "id": "obj-140",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      244.0,
      590.0,
      20.0
     ],
     "text": "semantic knobs (-3..3 \u03c3), on top of the input's latent:",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      244.0,
      590.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-141",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      16.0,
      266.0,
      70.0,
      20.0
     ],
     "text": "brightness",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      266.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-142",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      16.0,
      286.0,
      130.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      286.0,
      130.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -3.0,
     "size": 6.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-143",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      20.0,
      1130.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/knob/brightness"
    }
   },
   {
    "box": {
     "id": "obj-144",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      164.0,
      266.0,
      70.0,
      20.0
     ],
     "text": "loudness",
     "presentation": 1,
     "presentation_rect": [
      164.0,
      266.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-145",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      164.0,
      286.0,
      130.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      164.0,
      286.0,
      130.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -3.0,
     "size": 6.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-146",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      170.0,
      1130.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/knob/loudness"
    }
   },
   {
    "box": {
     "id": "obj-147",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      312.0,
      266.0,
      70.0,
      20.0
     ],
     "text": "noisiness",
     "presentation": 1,
     "presentation_rect": [
      312.0,
      266.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-148",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      312.0,
      286.0,
      130.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      312.0,
      286.0,
      130.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -3.0,
     "size": 6.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-149",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1130.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/knob/noisiness"
    }
   },
   {
    "box": {
     "id": "obj-150",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      460.0,
      266.0,
      70.0,
      20.0
     ],
     "text": "pitch",
     "presentation": 1,
     "presentation_rect": [
      460.0,
      266.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-151",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      460.0,
      286.0,
      130.0,
      20.0
     ],
     "outlettype": [
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      460.0,
      286.0,
      130.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "min": -3.0,
     "size": 6.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-152",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      470.0,
      1130.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/knob/pitch"
    }
   },
   {
    "box": {
     "id": "obj-153",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      16.0,
      314.0,
      440.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/mix input 1 mean:organ_C3_mid -1 mean:bell_C4_bright 1",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      314.0,
      440.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-154",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      462.0,
      314.0,
      150.0,
      20.0
     ],
     "text": "input - A + B",
     "presentation": 1,
     "presentation_rect": [
      462.0,
      314.0,
      150.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-155",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      630.0,
      70.0,
      390.0,
      110.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      70.0,
      390.0,
      110.0
     ],
     "parameter_enable": 0,
     "contdata": 1,
     "setminmax": [
      -2.0,
      2.0
     ],
     "setstyle": 0,
     "settype": 1,
     "size": 128
    }
   },
   {
    "box": {
     "id": "obj-156",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1000.0,
      1070.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/offset"
    }
   },
   {
    "box": {
     "id": "obj-157",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      630.0,
      186.0,
      60.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      186.0,
      60.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-158",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      696.0,
      186.0,
      320.0,
      20.0
     ],
     "text": "zero: no offset (drag the sliders to shift dimensions)",
     "presentation": 1,
     "presentation_rect": [
      696.0,
      186.0,
      320.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-159",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      630.0,
      216.0,
      90.0,
      20.0
     ],
     "text": "record",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      216.0,
      90.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-160",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      700.0,
      216.0,
      22.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "presentation": 1,
     "presentation_rect": [
      700.0,
      216.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-161",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      740.0,
      216.0,
      60.0,
      20.0
     ],
     "text": "play",
     "presentation": 1,
     "presentation_rect": [
      740.0,
      216.0,
      60.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-162",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      790.0,
      216.0,
      22.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "presentation": 1,
     "presentation_rect": [
      790.0,
      216.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-163",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      830.0,
      216.0,
      50.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "presentation": 1,
     "presentation_rect": [
      830.0,
      216.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-164",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      884.0,
      216.0,
      140.0,
      20.0
     ],
     "text": "frames recorded",
     "presentation": 1,
     "presentation_rect": [
      884.0,
      216.0,
      140.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-165",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      630.0,
      244.0,
      390.0,
      80.0
     ],
     "text": "record: /rtvae/z/report 1, each /rtvae/out/z frame (about 20 a second) into [coll rtvae-input-series]; play: /rtvae/input/mix 0, then the frames as /rtvae/z/stream (each played as it is, no slew) every 50 ms, looped; stop: mix 1 again",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      244.0,
      390.0,
      80.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-166",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1200.0,
      1070.0,
      140.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/z/report"
    }
   },
   {
    "box": {
     "id": "obj-167",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1200.0,
      1100.0,
      45.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "text": "sel 1"
    }
   },
   {
    "box": {
     "id": "obj-168",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1200.0,
      1130.0,
      40.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "clear"
    }
   },
   {
    "box": {
     "id": "obj-169",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 4,
     "patching_rect": [
      1200.0,
      1220.0,
      160.0,
      22.0
     ],
     "outlettype": [
      "",
      "",
      "",
      "bang"
     ],
     "text": "coll rtvae-input-series"
    }
   },
   {
    "box": {
     "id": "obj-170",
     "maxclass": "newobj",
     "numinlets": 5,
     "numoutlets": 4,
     "patching_rect": [
      1380.0,
      1160.0,
      73.0,
      22.0
     ],
     "outlettype": [
      "int",
      "",
      "",
      "int"
     ],
     "text": "counter"
    }
   },
   {
    "box": {
     "id": "obj-171",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1300.0,
      1130.0,
      50.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "set 0"
    }
   },
   {
    "box": {
     "id": "obj-172",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1400.0,
      1100.0,
      40.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-173",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1400.0,
      1130.0,
      40.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "text": "t l b"
    }
   },
   {
    "box": {
     "id": "obj-174",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1400.0,
      1190.0,
      120.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "join 2 @triggers 1"
    }
   },
   {
    "box": {
     "id": "obj-175",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1600.0,
      1100.0,
      60.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "text": "!- 1"
    }
   },
   {
    "box": {
     "id": "obj-176",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1600.0,
      1130.0,
      150.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/input/mix"
    }
   },
   {
    "box": {
     "id": "obj-177",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1500.0,
      1100.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "text": "metro 50"
    }
   },
   {
    "box": {
     "id": "obj-178",
     "maxclass": "newobj",
     "numinlets": 5,
     "numoutlets": 4,
     "patching_rect": [
      1500.0,
      1160.0,
      73.0,
      22.0
     ],
     "outlettype": [
      "int",
      "",
      "",
      "int"
     ],
     "text": "counter"
    }
   },
   {
    "box": {
     "id": "obj-179",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1580.0,
      1160.0,
      60.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "text": "- 1"
    }
   },
   {
    "box": {
     "id": "obj-180",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1500.0,
      1250.0,
      100.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "prepend /rtvae/z/stream"
    }
   },
   {
    "box": {
     "id": "obj-181",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      630.0,
      300.0,
      90.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/status",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      300.0,
      90.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-182",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      726.0,
      300.0,
      300.0,
      20.0
     ],
     "text": "input latency: the last three fields of the status",
     "presentation": 1,
     "presentation_rect": [
      726.0,
      300.0,
      300.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-183",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1700.0,
      1250.0,
      150.0,
      22.0
     ],
     "text": "print rtvae-input-status"
    }
   },
   {
    "box": {
     "id": "obj-184",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20.0,
      960.0,
      700.0,
      44.0
     ],
     "text": "2. the input: each slider, the toggle and the knobs send their address; the algebra message is ONE /rtvae/mix with the operand input. 3. the offset: the multislider's 128 values as one /rtvae/input/offset. 4. the recorder (see the presentation).",
     "presentation": 1,
     "presentation_rect": [
      20.0,
      960.0,
      700.0,
      44.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-190",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      630.0,
      330.0,
      120.0,
      22.0
     ],
     "text": "/rtvae/input/device",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      330.0,
      120.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-191",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "int"
     ],
     "patching_rect": [
      900.0,
      920.0,
      80.0,
      22.0
     ],
     "text": "unpack s i"
    }
   },
   {
    "box": {
     "id": "obj-192",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      760.0,
      330.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      760.0,
      330.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-193",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      790.0,
      330.0,
      300.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      790.0,
      330.0,
      300.0,
      20.0
     ],
     "text": "input device there (0: away, silence in its place)"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-8",
      0
     ],
     "destination": [
      "obj-9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      1
     ],
     "destination": [
      "obj-10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-10",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-11",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-13",
      0
     ],
     "destination": [
      "obj-14",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-13",
      0
     ],
     "destination": [
      "obj-16",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      1
     ],
     "destination": [
      "obj-60",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-60",
      0
     ],
     "destination": [
      "obj-59",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      1
     ],
     "destination": [
      "obj-61",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-8",
      0
     ],
     "destination": [
      "obj-63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      0
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      2
     ],
     "destination": [
      "obj-65",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      2
     ],
     "destination": [
      "obj-66",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      1
     ],
     "destination": [
      "obj-67",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      0
     ],
     "destination": [
      "obj-69",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-66",
      0
     ],
     "destination": [
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-68",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-68",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      2
     ],
     "destination": [
      "obj-70",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-70",
      0
     ],
     "destination": [
      "obj-71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      1
     ],
     "destination": [
      "obj-72",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-72",
      1
     ],
     "destination": [
      "obj-73",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-73",
      0
     ],
     "destination": [
      "obj-74",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-74",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-74",
      0
     ],
     "destination": [
      "obj-75",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-75",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-72",
      0
     ],
     "destination": [
      "obj-76",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-76",
      0
     ],
     "destination": [
      "obj-77",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-77",
      1
     ],
     "destination": [
      "obj-78",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-77",
      0
     ],
     "destination": [
      "obj-68",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-78",
      0
     ],
     "destination": [
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-81",
      0
     ],
     "destination": [
      "obj-83",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      1
     ],
     "destination": [
      "obj-10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      0
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      0
     ],
     "destination": [
      "obj-110",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-110",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      0
     ],
     "destination": [
      "obj-111",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-111",
      0
     ],
     "destination": [
      "obj-108",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-113",
      0
     ],
     "destination": [
      "obj-116",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-116",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-113",
      0
     ],
     "destination": [
      "obj-117",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-117",
      0
     ],
     "destination": [
      "obj-114",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-119",
      0
     ],
     "destination": [
      "obj-122",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-122",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-119",
      0
     ],
     "destination": [
      "obj-123",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-123",
      0
     ],
     "destination": [
      "obj-120",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-125",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-128",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-125",
      0
     ],
     "destination": [
      "obj-129",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-129",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-131",
      0
     ],
     "destination": [
      "obj-134",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-134",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-131",
      0
     ],
     "destination": [
      "obj-135",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-135",
      0
     ],
     "destination": [
      "obj-132",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-137",
      0
     ],
     "destination": [
      "obj-139",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-139",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-142",
      0
     ],
     "destination": [
      "obj-143",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-143",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-145",
      0
     ],
     "destination": [
      "obj-146",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-146",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-148",
      0
     ],
     "destination": [
      "obj-149",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-149",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-151",
      0
     ],
     "destination": [
      "obj-152",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-152",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-153",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-155",
      0
     ],
     "destination": [
      "obj-156",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-156",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-157",
      0
     ],
     "destination": [
      "obj-155",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-166",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-166",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-167",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-167",
      0
     ],
     "destination": [
      "obj-168",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-168",
      0
     ],
     "destination": [
      "obj-169",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-167",
      0
     ],
     "destination": [
      "obj-171",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      0
     ],
     "destination": [
      "obj-170",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-172",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      0
     ],
     "destination": [
      "obj-172",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-172",
      0
     ],
     "destination": [
      "obj-173",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-173",
      1
     ],
     "destination": [
      "obj-170",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-170",
      0
     ],
     "destination": [
      "obj-174",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-170",
      0
     ],
     "destination": [
      "obj-163",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-173",
      0
     ],
     "destination": [
      "obj-174",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-174",
      0
     ],
     "destination": [
      "obj-169",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-162",
      0
     ],
     "destination": [
      "obj-177",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-162",
      0
     ],
     "destination": [
      "obj-175",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-175",
      0
     ],
     "destination": [
      "obj-176",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-176",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-163",
      0
     ],
     "destination": [
      "obj-179",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-179",
      0
     ],
     "destination": [
      "obj-178",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-177",
      0
     ],
     "destination": [
      "obj-178",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-178",
      0
     ],
     "destination": [
      "obj-169",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      0
     ],
     "destination": [
      "obj-180",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-180",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-181",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      3
     ],
     "destination": [
      "obj-183",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-190",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      4
     ],
     "destination": [
      "obj-191",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-191",
      1
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   }
  ]
 }
}