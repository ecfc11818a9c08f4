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
   800.0,
   600.0
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
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      16.0,
      8.0,
      760.0,
      24.0
     ],
     "text": "rtvae-map - the latent map as an XY pad: drag over the picture (y = 0 at the BOTTOM)",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      8.0,
      760.0,
      24.0
     ],
     "fontsize": 16.0
    }
   },
   {
    "box": {
     "id": "obj-2",
     "maxclass": "pictslider",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      16.0,
      40.0,
      512.0,
      512.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      40.0,
      512.0,
      512.0
     ],
     "parameter_enable": 0,
     "bkgndpict": "background-class.png",
     "leftvalue": 0,
     "rightvalue": 1000,
     "topvalue": 1000,
     "bottomvalue": 0
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      700.0,
      166.0,
      22.0
     ],
     "text": "udpsend 127.0.0.1 9000"
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "inlet",
     "numinlets": 0,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300.0,
      640.0,
      30.0,
      30.0
     ],
     "comment": "OSC messages to send (e.g. /rtvae/xy 0.5 0.5)"
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420.0,
      640.0,
      117.0,
      22.0
     ],
     "text": "udpreceive 9004"
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "outlet",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      420.0,
      760.0,
      30.0,
      30.0
     ],
     "comment": "every reply, as received"
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
      20.0,
      600.0,
      760.0,
      34.0
     ],
     "text": "1. network: [udpsend] sends every OSC message; [udpreceive 9004] gets the replies once /rtvae/reply 9004 (sent on load) registered the port. y is up: the pictslider's topvalue is 1000 and its bottomvalue 0, so 0..1000 / 1000. = the map's y."
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      20.0,
      820.0,
      61.0,
      22.0
     ],
     "text": "/ 1000."
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      120.0,
      820.0,
      61.0,
      22.0
     ],
     "text": "/ 1000."
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      850.0,
      82.0,
      22.0
     ],
     "text": "pack 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      880.0,
      131.0,
      22.0
     ],
     "text": "prepend /rtvae/xy"
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
      790.0,
      700.0,
      20.0
     ],
     "text": "2. the pad: [pictslider] with the map's bare PNG as its background (bkgndpict background-class.png: put the file beside this patch or in Max's search path) -> /rtvae/xy x y."
    }
   },
   {
    "box": {
     "id": "obj-13",
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
      960.0,
      593.0,
      22.0
     ],
     "text": "route /rtvae/out/xy /rtvae/map/loaded /rtvae/error /rtvae/welcome /rtvae/knobs/info"
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
      420.0,
      930.0,
      700.0,
      20.0
     ],
     "text": "3. replies: /rtvae/out/xy (about 20 a second: the heard x y; 'follow' moves the pad's knob there, without output), /rtvae/map/loaded name method grid, errors, the welcome."
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "float"
     ],
     "patching_rect": [
      420.0,
      1000.0,
      96.0,
      22.0
     ],
     "text": "unpack 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      544.0,
      80.0,
      60.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      544.0,
      80.0,
      60.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      614.0,
      80.0,
      60.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      614.0,
      80.0,
      60.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      544.0,
      58.0,
      200.0,
      20.0
     ],
     "text": "heard x, y (/rtvae/out/xy)",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      58.0,
      200.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      684.0,
      80.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      684.0,
      80.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      708.0,
      81.0,
      60.0,
      20.0
     ],
     "text": "follow",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      81.0,
      60.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-21",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      600.0,
      1030.0,
      40.0,
      22.0
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      600.0,
      1060.0,
      61.0,
      22.0
     ],
     "text": "* 1000."
    }
   },
   {
    "box": {
     "id": "obj-23",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      680.0,
      1060.0,
      61.0,
      22.0
     ],
     "text": "* 1000."
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "float"
     ],
     "patching_rect": [
      600.0,
      1000.0,
      96.0,
      22.0
     ],
     "text": "unpack 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      600.0,
      1090.0,
      68.0,
      22.0
     ],
     "text": "pack 0 0"
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
      600.0,
      1120.0,
      75.0,
      22.0
     ],
     "text": "set $1 $2"
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
      544.0,
      130.0,
      145.0,
      22.0
     ],
     "text": "/rtvae/map/load pca",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      130.0,
      145.0,
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
      700.0,
      130.0,
      76.0,
      22.0
     ],
     "text": "",
     "presentation": 1,
     "presentation_rect": [
      700.0,
      130.0,
      76.0,
      22.0
     ]
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
      544.0,
      108.0,
      230.0,
      20.0
     ],
     "text": "map (click to load; loaded ->)",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      108.0,
      230.0,
      20.0
     ]
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
      800.0,
      1000.0,
      89.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      16.0,
      560.0,
      512.0,
      22.0
     ],
     "text": "",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      560.0,
      512.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      960.0,
      1000.0,
      89.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      960.0,
      1030.0,
      159.0,
      22.0
     ],
     "text": "print rtvae-map-error"
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1200.0,
      1000.0,
      159.0,
      22.0
     ],
     "text": "print rtvae-map-knobs"
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
      544.0,
      164.0,
      230.0,
      20.0
     ],
     "text": "knobs: principal directions (\u03c3, -3..3)",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      164.0,
      230.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "newobj",
     "numinlets": 8,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1200.0,
      201.0,
      22.0
     ],
     "text": "pak 0. 0. 0. 0. 0. 0. 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1230.0,
      152.0,
      22.0
     ],
     "text": "prepend /rtvae/knobs"
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20.0,
      640.0,
      68.0,
      22.0
     ],
     "text": "loadbang"
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
      200.0,
      1160.0,
      54.0,
      22.0
     ],
     "text": "set 0."
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      544.0,
      186.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      544.0,
      186.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
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
      558.0,
      228.0,
      24.0,
      20.0
     ],
     "text": "k0",
     "presentation": 1,
     "presentation_rect": [
      558.0,
      228.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      602.0,
      186.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      602.0,
      186.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
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
      616.0,
      228.0,
      24.0,
      20.0
     ],
     "text": "k1",
     "presentation": 1,
     "presentation_rect": [
      616.0,
      228.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      660.0,
      186.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      660.0,
      186.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      674.0,
      228.0,
      24.0,
      20.0
     ],
     "text": "k2",
     "presentation": 1,
     "presentation_rect": [
      674.0,
      228.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      718.0,
      186.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      718.0,
      186.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      732.0,
      228.0,
      24.0,
      20.0
     ],
     "text": "k3",
     "presentation": 1,
     "presentation_rect": [
      732.0,
      228.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      544.0,
      248.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      544.0,
      248.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      558.0,
      290.0,
      24.0,
      20.0
     ],
     "text": "k4",
     "presentation": 1,
     "presentation_rect": [
      558.0,
      290.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      602.0,
      248.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      602.0,
      248.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
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
      616.0,
      290.0,
      24.0,
      20.0
     ],
     "text": "k5",
     "presentation": 1,
     "presentation_rect": [
      616.0,
      290.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      660.0,
      248.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      660.0,
      248.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-53",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      674.0,
      290.0,
      24.0,
      20.0
     ],
     "text": "k6",
     "presentation": 1,
     "presentation_rect": [
      674.0,
      290.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      718.0,
      248.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      718.0,
      248.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
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
      732.0,
      290.0,
      24.0,
      20.0
     ],
     "text": "k7",
     "presentation": 1,
     "presentation_rect": [
      732.0,
      290.0,
      24.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      544.0,
      318.0,
      131.0,
      22.0
     ],
     "text": "/rtvae/knobs/info",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      318.0,
      131.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      680.0,
      318.0,
      96.0,
      22.0
     ],
     "text": "0. 0. 0. 0. 0. 0. 0. 0.",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      318.0,
      96.0,
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
      544.0,
      344.0,
      230.0,
      20.0
     ],
     "text": "semantic knobs (\u03c3)",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      344.0,
      230.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-59",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      544.0,
      366.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      544.0,
      366.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-60",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      538.0,
      408.0,
      60.0,
      20.0
     ],
     "text": "brightness",
     "presentation": 1,
     "presentation_rect": [
      538.0,
      408.0,
      60.0,
      20.0
     ],
     "fontsize": 10.0
    }
   },
   {
    "box": {
     "id": "obj-61",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300.0,
      1280.0,
      222.0,
      22.0
     ],
     "text": "prepend /rtvae/knob/brightness"
    }
   },
   {
    "box": {
     "id": "obj-62",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      602.0,
      366.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      602.0,
      366.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-63",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      596.0,
      408.0,
      60.0,
      20.0
     ],
     "text": "loudness",
     "presentation": 1,
     "presentation_rect": [
      596.0,
      408.0,
      60.0,
      20.0
     ],
     "fontsize": 10.0
    }
   },
   {
    "box": {
     "id": "obj-64",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      480.0,
      1280.0,
      208.0,
      22.0
     ],
     "text": "prepend /rtvae/knob/loudness"
    }
   },
   {
    "box": {
     "id": "obj-65",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      660.0,
      366.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      660.0,
      366.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
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
      654.0,
      408.0,
      60.0,
      20.0
     ],
     "text": "noisiness",
     "presentation": 1,
     "presentation_rect": [
      654.0,
      408.0,
      60.0,
      20.0
     ],
     "fontsize": 10.0
    }
   },
   {
    "box": {
     "id": "obj-67",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      660.0,
      1280.0,
      215.0,
      22.0
     ],
     "text": "prepend /rtvae/knob/noisiness"
    }
   },
   {
    "box": {
     "id": "obj-68",
     "maxclass": "dial",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      718.0,
      366.0,
      44.0,
      44.0
     ],
     "presentation": 1,
     "presentation_rect": [
      718.0,
      366.0,
      44.0,
      44.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 6.0,
     "min": -3.0,
     "mult": 1.0
    }
   },
   {
    "box": {
     "id": "obj-69",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      712.0,
      408.0,
      60.0,
      20.0
     ],
     "text": "pitch",
     "presentation": 1,
     "presentation_rect": [
      712.0,
      408.0,
      60.0,
      20.0
     ],
     "fontsize": 10.0
    }
   },
   {
    "box": {
     "id": "obj-70",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      840.0,
      1280.0,
      187.0,
      22.0
     ],
     "text": "prepend /rtvae/knob/pitch"
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
      20.0,
      1150.0,
      600.0,
      20.0
     ],
     "text": "4. knobs: 8 dials -> one /rtvae/knobs message of 8 amounts; each semantic dial -> /rtvae/knob/<name> amount; /rtvae/knobs/info is printed in the Max window."
    }
   },
   {
    "box": {
     "id": "obj-72",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      544.0,
      426.0,
      230.0,
      20.0
     ],
     "text": "presets: store, then click a node to recall",
     "presentation": 1,
     "presentation_rect": [
      544.0,
      426.0,
      230.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-73",
     "maxclass": "nodes",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      544.0,
      446.0,
      140.0,
      106.0
     ],
     "presentation": 1,
     "presentation_rect": [
      544.0,
      446.0,
      140.0,
      106.0
     ],
     "parameter_enable": 0,
     "nodenumber": 4,
     "displayknob": 1
    }
   },
   {
    "box": {
     "id": "obj-74",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      690.0,
      446.0,
      86.0,
      22.0
     ],
     "text": "/rtvae/preset/store p1",
     "presentation": 1,
     "presentation_rect": [
      690.0,
      446.0,
      86.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-75",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      690.0,
      473.0,
      86.0,
      22.0
     ],
     "text": "/rtvae/preset/store p2",
     "presentation": 1,
     "presentation_rect": [
      690.0,
      473.0,
      86.0,
      22.0
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
      690.0,
      500.0,
      86.0,
      22.0
     ],
     "text": "/rtvae/preset/store p3",
     "presentation": 1,
     "presentation_rect": [
      690.0,
      500.0,
      86.0,
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
      690.0,
      527.0,
      86.0,
      22.0
     ],
     "text": "/rtvae/preset/store p4",
     "presentation": 1,
     "presentation_rect": [
      690.0,
      527.0,
      86.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-78",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      1330.0,
      700.0,
      20.0
     ],
     "text": "5. presets: [nodes] gives a weight per node; the largest names the preset (p1..p4, in node order) -> /rtvae/preset/recall NAME, once per change."
    }
   },
   {
    "box": {
     "id": "obj-79",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20.0,
      1360.0,
      47.0,
      22.0
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-80",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120.0,
      1390.0,
      82.0,
      22.0
     ],
     "text": "zl sort -1"
    }
   },
   {
    "box": {
     "id": "obj-81",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120.0,
      1420.0,
      68.0,
      22.0
     ],
     "text": "zl nth 1"
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
      20.0,
      1450.0,
      54.0,
      22.0
     ],
     "text": "zl sub"
    }
   },
   {
    "box": {
     "id": "obj-83",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200.0,
      1480.0,
      89.0,
      22.0
     ],
     "text": "p1 p2 p3 p4"
    }
   },
   {
    "box": {
     "id": "obj-84",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      20.0,
      1480.0,
      40.0,
      22.0
     ],
     "text": "- 1"
    }
   },
   {
    "box": {
     "id": "obj-85",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20.0,
      1510.0,
      75.0,
      22.0
     ],
     "text": "zl lookup"
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
      20.0,
      1540.0,
      75.0,
      22.0
     ],
     "text": "zl change"
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
      20.0,
      1570.0,
      208.0,
      22.0
     ],
     "text": "prepend /rtvae/preset/recall"
    }
   },
   {
    "box": {
     "id": "obj-88",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      1760.0,
      700.0,
      20.0
     ],
     "text": "6. registration: /rtvae/out/xy goes only to registered clients. After the reply port, /rtvae/hello; the welcome (read while the gate is open, 2 s) sends its token back; the toggle shows the state; once registered the map loads. The button registers again."
    }
   },
   {
    "box": {
     "id": "obj-89",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      20.0,
      1700.0,
      47.0,
      22.0
     ],
     "text": "t b b"
    }
   },
   {
    "box": {
     "id": "obj-90",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120.0,
      1730.0,
      131.0,
      22.0
     ],
     "text": "/rtvae/reply 9004"
    }
   },
   {
    "box": {
     "id": "obj-91",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20.0,
      1760.0,
      75.0,
      22.0
     ],
     "text": "delay 500"
    }
   },
   {
    "box": {
     "id": "obj-92",
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
      1790.0,
      61.0,
      22.0
     ],
     "text": "t b b b"
    }
   },
   {
    "box": {
     "id": "obj-93",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200.0,
      1820.0,
      40.0,
      22.0
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-94",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      260.0,
      1820.0,
      47.0,
      22.0
     ],
     "text": "set 0"
    }
   },
   {
    "box": {
     "id": "obj-95",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      120.0,
      1820.0,
      82.0,
      22.0
     ],
     "text": "delay 2000"
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
      120.0,
      1850.0,
      40.0,
      22.0
     ],
     "text": "0"
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
      20.0,
      1880.0,
      96.0,
      22.0
     ],
     "text": "/rtvae/hello"
    }
   },
   {
    "box": {
     "id": "obj-98",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1880.0,
      40.0,
      22.0
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-99",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      320.0,
      1910.0,
      82.0,
      22.0
     ],
     "text": "unpack 0 0"
    }
   },
   {
    "box": {
     "id": "obj-100",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      400.0,
      1940.0,
      47.0,
      22.0
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-101",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      460.0,
      1970.0,
      40.0,
      22.0
     ],
     "text": "== 0"
    }
   },
   {
    "box": {
     "id": "obj-102",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      2000.0,
      40.0,
      22.0
     ],
     "text": "gate"
    }
   },
   {
    "box": {
     "id": "obj-103",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      2030.0,
      152.0,
      22.0
     ],
     "text": "prepend /rtvae/hello"
    }
   },
   {
    "box": {
     "id": "obj-104",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      ""
     ],
     "patching_rect": [
      400.0,
      1970.0,
      47.0,
      22.0
     ],
     "text": "sel 1"
    }
   },
   {
    "box": {
     "id": "obj-105",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "bang",
      "bang",
      "bang"
     ],
     "patching_rect": [
      400.0,
      2000.0,
      61.0,
      22.0
     ],
     "text": "t b b b"
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
      560.0,
      2030.0,
      40.0,
      22.0
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-107",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      700.0,
      560.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      700.0,
      560.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      724.0,
      561.0,
      76.0,
      20.0
     ],
     "text": "registered",
     "presentation": 1,
     "presentation_rect": [
      724.0,
      561.0,
      76.0,
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
      480.0,
      2060.0,
      145.0,
      22.0
     ],
     "text": "/rtvae/map/load pca"
    }
   },
   {
    "box": {
     "id": "obj-110",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      600.0,
      560.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      600.0,
      560.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      624.0,
      561.0,
      76.0,
      20.0
     ],
     "text": "register",
     "presentation": 1,
     "presentation_rect": [
      624.0,
      561.0,
      76.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-112",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      600.0,
      1700.0,
      47.0,
      22.0
     ],
     "text": "t b b"
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
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-8",
      0
     ],
     "source": [
      "obj-2",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-9",
      0
     ],
     "source": [
      "obj-2",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-10",
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
      "obj-10",
      1
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
      "obj-11",
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
      "obj-11",
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
      "obj-5",
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
      "obj-16",
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
      "obj-15",
      1
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
      "obj-21",
      1
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
      "obj-24",
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
      "obj-22",
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
      "obj-23",
      0
     ],
     "source": [
      "obj-24",
      1
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
      "obj-22",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-25",
      1
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
      "obj-26",
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
      "obj-2",
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
      "obj-30",
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
      "obj-28",
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
      "obj-32",
      0
     ],
     "source": [
      "obj-13",
      2
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
      "obj-13",
      2
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
      "obj-13",
      4
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-37",
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
      "obj-3",
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
      "obj-39",
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
      "obj-36",
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
      "obj-40",
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
      "obj-36",
      1
     ],
     "source": [
      "obj-42",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-42",
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
      "obj-36",
      2
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
      "obj-44",
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
      "obj-36",
      3
     ],
     "source": [
      "obj-46",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-46",
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
      "obj-36",
      4
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
      "obj-48",
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
      "obj-36",
      5
     ],
     "source": [
      "obj-50",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-50",
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
      "obj-36",
      6
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
      "obj-52",
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
      "obj-36",
      7
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
      "obj-54",
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
      "obj-3",
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
      "obj-36",
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
      "obj-61",
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
      "obj-3",
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
      "obj-59",
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
      "obj-64",
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
      "obj-3",
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
      "obj-62",
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
      "obj-67",
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
      "obj-3",
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
      "obj-65",
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
      "obj-70",
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
      "obj-3",
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
      "obj-68",
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
      "obj-3",
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
      "obj-3",
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
      "obj-3",
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
      "obj-3",
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
      "obj-73",
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
      "obj-38",
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
      "obj-79",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-81",
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
      "obj-82",
      1
     ],
     "source": [
      "obj-81",
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
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-84",
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
      "obj-85",
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
      "obj-85",
      1
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
      "obj-3",
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
      "obj-89",
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
      "obj-90",
      0
     ],
     "source": [
      "obj-89",
      1
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
      "obj-90",
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
      "obj-38",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-92",
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
      "obj-92",
      2
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
      "obj-92",
      2
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
      "obj-92",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-96",
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
      "obj-97",
      0
     ],
     "source": [
      "obj-92",
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
      "obj-97",
      0
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
      "obj-93",
      0
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
      "obj-96",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-98",
      1
     ],
     "source": [
      "obj-13",
      3
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
      "obj-98",
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
      "obj-99",
      1
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
      "obj-100",
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
      "obj-102",
      1
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
      "obj-102",
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
      "obj-103",
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
      "obj-100",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-105",
      0
     ],
     "source": [
      "obj-104",
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
      "obj-105",
      1
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
      "obj-107",
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
      "obj-96",
      0
     ],
     "source": [
      "obj-105",
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
      "obj-105",
      2
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
      "obj-109",
      0
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
      "obj-110",
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
      "obj-112",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-92",
      0
     ],
     "source": [
      "obj-112",
      0
     ]
    }
   }
  ]
 }
}
