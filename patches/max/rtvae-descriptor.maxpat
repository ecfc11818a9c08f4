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
   440.0
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
     "text": "rtvae-descriptor - descriptor targets and curves (/rtvae/descriptor/*)",
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
      600.0,
      300.0
     ],
     "presentation": 1,
     "presentation_rect": [
      10.0,
      44.0,
      600.0,
      300.0
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
      48.0,
      560.0,
      20.0
     ],
     "text": "targets (slider = robust range of the corpus)   weight   measured",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      48.0,
      560.0,
      20.0
     ]
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
      620.0,
      44.0,
      600.0,
      300.0
     ],
     "presentation": 1,
     "presentation_rect": [
      620.0,
      44.0,
      600.0,
      300.0
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
      626.0,
      48.0,
      590.0,
      20.0
     ],
     "text": "curve: [multislider] 0..1 -> /rtvae/descriptor/curve NAME values (in the unit)",
     "presentation": 1,
     "presentation_rect": [
      626.0,
      48.0,
      590.0,
      20.0
     ]
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
      10.0,
      350.0,
      1210.0,
      80.0
     ],
     "presentation": 1,
     "presentation_rect": [
      10.0,
      350.0,
      1210.0,
      80.0
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
      16.0,
      354.0,
      500.0,
      20.0
     ],
     "text": "transport, continuity, off, status (udpreceive 9003)",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      354.0,
      500.0,
      20.0
     ]
    }
   },
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
     "text": "/rtvae/reply 9003"
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
     "comment": "OSC messages to send (e.g. /rtvae/descriptor/play)"
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
     "text": "udpreceive 9003"
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
     "text": "1. network: [udpsend] sends every OSC message; [udpreceive 9003] gets the replies once /rtvae/reply 9003 (sent on load) registered the port. Then the panel asks /rtvae/descriptor/range: each slider spans its descriptor's robust range."
    }
   },
   {
    "box": {
     "id": "obj-16",
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
      420.0,
      880.0,
      560.0,
      22.0
     ],
     "text": "route /rtvae/descriptor/range /rtvae/out/descriptors /rtvae/error /rtvae/welcome"
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      760.0,
      175.0,
      22.0
     ],
     "text": "/rtvae/descriptor/range",
     "presentation": 1,
     "presentation_rect": [
      1100.0,
      395.0,
      175.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      700.0,
      730.0,
      80.0,
      22.0
     ],
     "text": "delay 1000"
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1000.0,
      920.0,
      101.0,
      22.0
     ],
     "text": "prepend store"
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 4,
     "outlettype": [
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      1000.0,
      950.0,
      206.0,
      22.0
     ],
     "text": "coll rtvae-descriptor-ranges"
    }
   },
   {
    "box": {
     "id": "obj-21",
     "maxclass": "newobj",
     "numinlets": 9,
     "numoutlets": 9,
     "outlettype": [
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
      420.0,
      920.0,
      560.0,
      22.0
     ],
     "text": "route rms_db centroid_hz bandwidth_hz flatness rolloff_hz zcr f0_hz periodicity"
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 8,
     "outlettype": [
      "float",
      "float",
      "float",
      "float",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      420.0,
      1100.0,
      300.0,
      22.0
     ],
     "text": "unpack f f f f f f f f"
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
      16.0,
      70.0,
      100.0,
      20.0
     ],
     "text": "name",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      70.0,
      100.0,
      20.0
     ]
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
      330.0,
      70.0,
      60.0,
      20.0
     ],
     "text": "target",
     "presentation": 1,
     "presentation_rect": [
      330.0,
      70.0,
      60.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      400.0,
      70.0,
      50.0,
      20.0
     ],
     "text": "low",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      70.0,
      50.0,
      20.0
     ]
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
      455.0,
      70.0,
      50.0,
      20.0
     ],
     "text": "high",
     "presentation": 1,
     "presentation_rect": [
      455.0,
      70.0,
      50.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-27",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      505.0,
      70.0,
      50.0,
      20.0
     ],
     "text": "weight",
     "presentation": 1,
     "presentation_rect": [
      505.0,
      70.0,
      50.0,
      20.0
     ]
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
      555.0,
      70.0,
      55.0,
      20.0
     ],
     "text": "measured",
     "presentation": 1,
     "presentation_rect": [
      555.0,
      70.0,
      55.0,
      20.0
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
      16.0,
      92.0,
      100.0,
      20.0
     ],
     "text": "rms_db",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      92.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      92.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      92.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1200.0,
      150.0,
      22.0
     ],
     "text": "scale 0. 1. -60. -6."
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      92.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      92.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      92.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      92.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      92.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      92.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-35",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      92.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      92.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      92.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      92.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
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
      1240.0,
      108.0,
      22.0
     ],
     "text": "prepend rms_db"
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
    }
   },
   {
    "box": {
     "id": "obj-39",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1310.0,
      108.0,
      22.0
     ],
     "text": "prepend rms_db"
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-41",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      20.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      122.0,
      100.0,
      20.0
     ],
     "text": "centroid_hz",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      122.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-43",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      122.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      122.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      170.0,
      1200.0,
      164.0,
      22.0
     ],
     "text": "scale 0. 1. 100. 4000."
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      122.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      122.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      122.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      122.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      122.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      122.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
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
      510.0,
      122.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      122.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      122.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      122.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      170.0,
      1240.0,
      143.0,
      22.0
     ],
     "text": "prepend centroid_hz"
    }
   },
   {
    "box": {
     "id": "obj-51",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      170.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      170.0,
      1310.0,
      143.0,
      22.0
     ],
     "text": "prepend centroid_hz"
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
      170.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      170.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      152.0,
      100.0,
      20.0
     ],
     "text": "bandwidth_hz",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      152.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      152.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      152.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1200.0,
      164.0,
      22.0
     ],
     "text": "scale 0. 1. 100. 4000."
    }
   },
   {
    "box": {
     "id": "obj-58",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      152.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      152.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-59",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      152.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      152.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-60",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      152.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      152.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-61",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      152.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      152.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-62",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      152.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      152.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-63",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1240.0,
      150.0,
      22.0
     ],
     "text": "prepend bandwidth_hz"
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
      320.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
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
      320.0,
      1310.0,
      150.0,
      22.0
     ],
     "text": "prepend bandwidth_hz"
    }
   },
   {
    "box": {
     "id": "obj-66",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-67",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      320.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      182.0,
      100.0,
      20.0
     ],
     "text": "flatness",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      182.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-69",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      182.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      182.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-70",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470.0,
      1200.0,
      143.0,
      22.0
     ],
     "text": "scale 0. 1. 0. 0.5."
    }
   },
   {
    "box": {
     "id": "obj-71",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      182.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      182.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-72",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      182.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      182.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-73",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      182.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      182.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-74",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      182.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      182.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-75",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      182.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      182.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-76",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470.0,
      1240.0,
      122.0,
      22.0
     ],
     "text": "prepend flatness"
    }
   },
   {
    "box": {
     "id": "obj-77",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
    }
   },
   {
    "box": {
     "id": "obj-78",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470.0,
      1310.0,
      122.0,
      22.0
     ],
     "text": "prepend flatness"
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
      470.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-80",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      470.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      212.0,
      100.0,
      20.0
     ],
     "text": "rolloff_hz",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      212.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-82",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      212.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      212.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-83",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      620.0,
      1200.0,
      164.0,
      22.0
     ],
     "text": "scale 0. 1. 200. 8000."
    }
   },
   {
    "box": {
     "id": "obj-84",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      212.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      212.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-85",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      212.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      212.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-86",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      212.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      212.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-87",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      212.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      212.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-88",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      212.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      212.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-89",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      620.0,
      1240.0,
      136.0,
      22.0
     ],
     "text": "prepend rolloff_hz"
    }
   },
   {
    "box": {
     "id": "obj-90",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      620.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
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
      620.0,
      1310.0,
      136.0,
      22.0
     ],
     "text": "prepend rolloff_hz"
    }
   },
   {
    "box": {
     "id": "obj-92",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      620.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-93",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      620.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      242.0,
      100.0,
      20.0
     ],
     "text": "zcr",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      242.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-95",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      242.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      242.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-96",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      770.0,
      1200.0,
      143.0,
      22.0
     ],
     "text": "scale 0. 1. 0. 0.5."
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
      330.0,
      242.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      242.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-98",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      242.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      242.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-99",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      242.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      242.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-100",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      242.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      242.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-101",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      242.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      242.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-102",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      770.0,
      1240.0,
      87.0,
      22.0
     ],
     "text": "prepend zcr"
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
      770.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
    }
   },
   {
    "box": {
     "id": "obj-104",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      770.0,
      1310.0,
      87.0,
      22.0
     ],
     "text": "prepend zcr"
    }
   },
   {
    "box": {
     "id": "obj-105",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      770.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-106",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      770.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
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
      16.0,
      272.0,
      100.0,
      20.0
     ],
     "text": "f0_hz",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      272.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-108",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      272.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      272.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-109",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      920.0,
      1200.0,
      157.0,
      22.0
     ],
     "text": "scale 0. 1. 50. 1000."
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
      330.0,
      272.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      272.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-111",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      272.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      272.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-112",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      272.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      272.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-113",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      272.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      272.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-114",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      272.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      272.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-115",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      920.0,
      1240.0,
      101.0,
      22.0
     ],
     "text": "prepend f0_hz"
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
      920.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
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
      920.0,
      1310.0,
      101.0,
      22.0
     ],
     "text": "prepend f0_hz"
    }
   },
   {
    "box": {
     "id": "obj-118",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      920.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-119",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      920.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
    }
   },
   {
    "box": {
     "id": "obj-120",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      16.0,
      302.0,
      100.0,
      20.0
     ],
     "text": "periodicity",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      302.0,
      100.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-121",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110.0,
      302.0,
      210.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      110.0,
      302.0,
      210.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-122",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1070.0,
      1200.0,
      129.0,
      22.0
     ],
     "text": "scale 0. 1. 0. 1."
    }
   },
   {
    "box": {
     "id": "obj-123",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      330.0,
      302.0,
      65.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      302.0,
      65.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6
    }
   },
   {
    "box": {
     "id": "obj-124",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      400.0,
      302.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      400.0,
      302.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-125",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      455.0,
      302.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      455.0,
      302.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-126",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      510.0,
      302.0,
      40.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      510.0,
      302.0,
      40.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-127",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      555.0,
      302.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      555.0,
      302.0,
      55.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "ignoreclick": 1
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
      1070.0,
      1240.0,
      143.0,
      22.0
     ],
     "text": "prepend periodicity"
    }
   },
   {
    "box": {
     "id": "obj-129",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1070.0,
      1270.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/target"
    }
   },
   {
    "box": {
     "id": "obj-130",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1070.0,
      1310.0,
      143.0,
      22.0
     ],
     "text": "prepend periodicity"
    }
   },
   {
    "box": {
     "id": "obj-131",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1070.0,
      1340.0,
      234.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/weight"
    }
   },
   {
    "box": {
     "id": "obj-132",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      1070.0,
      960.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
    }
   },
   {
    "box": {
     "id": "obj-133",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      1160.0,
      900.0,
      30.0
     ],
     "text": "3. targets: slider 0..1 -> [scale] to the robust range (set by each /rtvae/descriptor/range reply) -> /rtvae/descriptor/target NAME value; weights -> /rtvae/descriptor/weight NAME weight; measured = /rtvae/out/descriptors (~20 a second)."
    }
   },
   {
    "box": {
     "id": "obj-134",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      630.0,
      70.0,
      580.0,
      150.0
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      70.0,
      580.0,
      150.0
     ],
     "parameter_enable": 0,
     "contdata": 0,
     "setminmax": [
      0.0,
      1.0
     ],
     "setstyle": 0,
     "settype": 1,
     "size": 64
    }
   },
   {
    "box": {
     "id": "obj-135",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      630.0,
      230.0,
      70.0,
      20.0
     ],
     "text": "descriptor",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      230.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-136",
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "patching_rect": [
      700.0,
      230.0,
      120.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      700.0,
      230.0,
      120.0,
      22.0
     ],
     "parameter_enable": 0,
     "items": [
      "rms_db",
      ",",
      "centroid_hz",
      ",",
      "bandwidth_hz",
      ",",
      "flatness",
      ",",
      "rolloff_hz",
      ",",
      "zcr",
      ",",
      "f0_hz",
      ",",
      "periodicity"
     ],
     "arrow": 1
    }
   },
   {
    "box": {
     "id": "obj-137",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      830.0,
      230.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      830.0,
      230.0,
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
     "outlettype": [],
     "patching_rect": [
      855.0,
      232.0,
      80.0,
      20.0
     ],
     "text": "send curve",
     "presentation": 1,
     "presentation_rect": [
      855.0,
      232.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-139",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      940.0,
      230.0,
      42.0,
      22.0
     ],
     "text": "ramp",
     "presentation": 1,
     "presentation_rect": [
      940.0,
      230.0,
      42.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-140",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      990.0,
      230.0,
      42.0,
      22.0
     ],
     "text": "down",
     "presentation": 1,
     "presentation_rect": [
      990.0,
      230.0,
      42.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-141",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      630.0,
      270.0,
      80.0,
      20.0
     ],
     "text": "duration (s)",
     "presentation": 1,
     "presentation_rect": [
      630.0,
      270.0,
      80.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-142",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      710.0,
      270.0,
      60.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      710.0,
      270.0,
      60.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.05,
     "maximum": 3600.0
    }
   },
   {
    "box": {
     "id": "obj-143",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      780.0,
      270.0,
      168.0,
      22.0
     ],
     "text": "/rtvae/descriptor/play",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      270.0,
      168.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-144",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      950.0,
      270.0,
      168.0,
      22.0
     ],
     "text": "/rtvae/descriptor/stop",
     "presentation": 1,
     "presentation_rect": [
      950.0,
      270.0,
      168.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-145",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      630.0,
      305.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      305.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      655.0,
      307.0,
      40.0,
      20.0
     ],
     "text": "loop",
     "presentation": 1,
     "presentation_rect": [
      655.0,
      307.0,
      40.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-147",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      700.0,
      307.0,
      60.0,
      20.0
     ],
     "text": "position",
     "presentation": 1,
     "presentation_rect": [
      700.0,
      307.0,
      60.0,
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
     "outlettype": [
      ""
     ],
     "patching_rect": [
      760.0,
      305.0,
      200.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      760.0,
      305.0,
      200.0,
      20.0
     ],
     "parameter_enable": 0,
     "floatoutput": 1,
     "size": 1.0,
     "orientation": 1
    }
   },
   {
    "box": {
     "id": "obj-149",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      1400.0,
      248.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/duration"
    }
   },
   {
    "box": {
     "id": "obj-150",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      1430.0,
      220.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/loop"
    }
   },
   {
    "box": {
     "id": "obj-151",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      1460.0,
      248.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/position"
    }
   },
   {
    "box": {
     "id": "obj-152",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      1000.0,
      1400.0,
      45.0,
      22.0
     ],
     "text": "t b b"
    }
   },
   {
    "box": {
     "id": "obj-153",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      1100.0,
      1430.0,
      52.0,
      22.0
     ],
     "text": "zl reg"
    }
   },
   {
    "box": {
     "id": "obj-154",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "float",
      "float",
      "float",
      "float"
     ],
     "patching_rect": [
      1100.0,
      1460.0,
      122.0,
      22.0
     ],
     "text": "unpack s f f f f"
    }
   },
   {
    "box": {
     "id": "obj-155",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1000.0,
      1500.0,
      300.0,
      22.0
     ],
     "text": "vexpr $f1 * ($f2 - $f3) + $f3 @scalarmode 1"
    }
   },
   {
    "box": {
     "id": "obj-156",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1000.0,
      1470.0,
      94.0,
      22.0
     ],
     "text": "speedlim 200"
    }
   },
   {
    "box": {
     "id": "obj-157",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1000.0,
      1530.0,
      143.0,
      22.0
     ],
     "text": "prepend centroid_hz"
    }
   },
   {
    "box": {
     "id": "obj-158",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1150.0,
      1400.0,
      87.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-159",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1000.0,
      1560.0,
      227.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/curve"
    }
   },
   {
    "box": {
     "id": "obj-160",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "bang",
      "bang",
      "int"
     ],
     "patching_rect": [
      1300.0,
      1400.0,
      66.0,
      22.0
     ],
     "text": "uzi 64 0"
    }
   },
   {
    "box": {
     "id": "obj-161",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1400.0,
      1400.0,
      45.0,
      22.0
     ],
     "text": "/ 63."
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
      1550.0,
      1400.0,
      87.0,
      22.0
     ],
     "text": "zl group 64"
    }
   },
   {
    "box": {
     "id": "obj-163",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "bang",
      "bang",
      "int"
     ],
     "patching_rect": [
      1300.0,
      1440.0,
      66.0,
      22.0
     ],
     "text": "uzi 64 0"
    }
   },
   {
    "box": {
     "id": "obj-164",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1400.0,
      1440.0,
      45.0,
      22.0
     ],
     "text": "!- 63"
    }
   },
   {
    "box": {
     "id": "obj-165",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1480.0,
      1440.0,
      45.0,
      22.0
     ],
     "text": "/ 63."
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
      1550.0,
      1440.0,
      87.0,
      22.0
     ],
     "text": "zl group 64"
    }
   },
   {
    "box": {
     "id": "obj-167",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1000.0,
      1360.0,
      700.0,
      30.0
     ],
     "text": "4. curve: draw (or ramp/down); choose its descriptor; 'send curve' maps the multislider's 0..1 to the chosen descriptor's robust range ([coll] of the range replies, [vexpr]) and sends ONE /rtvae/descriptor/curve NAME values message; drawing re-sends it. It plays over the duration."
    }
   },
   {
    "box": {
     "id": "obj-168",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      16.0,
      395.0,
      70.0,
      20.0
     ],
     "text": "continuity",
     "presentation": 1,
     "presentation_rect": [
      16.0,
      395.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-169",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      90.0,
      395.0,
      50.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      90.0,
      395.0,
      50.0,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 100.0
    }
   },
   {
    "box": {
     "id": "obj-170",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      1490.0,
      262.0,
      22.0
     ],
     "text": "prepend /rtvae/descriptor/continuity"
    }
   },
   {
    "box": {
     "id": "obj-171",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      150.0,
      395.0,
      161.0,
      22.0
     ],
     "text": "/rtvae/descriptor/off",
     "presentation": 1,
     "presentation_rect": [
      150.0,
      395.0,
      161.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-172",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      320.0,
      395.0,
      40.0,
      20.0
     ],
     "text": "error",
     "presentation": 1,
     "presentation_rect": [
      320.0,
      395.0,
      40.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-173",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      360.0,
      395.0,
      400.0,
      22.0
     ],
     "text": "",
     "presentation": 1,
     "presentation_rect": [
      360.0,
      395.0,
      400.0,
      22.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-174",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420.0,
      1000.0,
      87.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-175",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      560.0,
      1000.0,
      206.0,
      22.0
     ],
     "text": "print rtvae-descriptor-error"
    }
   },
   {
    "box": {
     "id": "obj-176",
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
     "text": "5. registration: the measured stream goes only to registered clients. After the reply port, /rtvae/hello; the welcome (read while the gate is open, 2 s) sends its token back; the toggle shows the state. The button registers again (server restart)."
    }
   },
   {
    "box": {
     "id": "obj-177",
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
     "id": "obj-178",
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
     "id": "obj-179",
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
     "id": "obj-180",
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
     "id": "obj-181",
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
     "id": "obj-182",
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
     "id": "obj-183",
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
     "id": "obj-184",
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
     "id": "obj-185",
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
     "id": "obj-186",
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
     "id": "obj-187",
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
     "id": "obj-188",
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
     "id": "obj-189",
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
     "id": "obj-190",
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
     "id": "obj-191",
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
     "id": "obj-192",
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
     "id": "obj-193",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      1000.0,
      395.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      1000.0,
      395.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-194",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1025.0,
      397.0,
      70.0,
      20.0
     ],
     "text": "registered",
     "presentation": 1,
     "presentation_rect": [
      1025.0,
      397.0,
      70.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-195",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      880.0,
      395.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      880.0,
      395.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      905.0,
      397.0,
      95.0,
      20.0
     ],
     "text": "register again",
     "presentation": 1,
     "presentation_rect": [
      905.0,
      397.0,
      95.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-197",
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
     "id": "obj-198",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      240.0,
      40.0,
      22.0
     ],
     "text": "4"
    }
   },
   {
    "box": {
     "id": "obj-199",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      80.0,
      365.0,
      40.0,
      22.0
     ],
     "text": "0.2"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "destination": [
      "obj-9",
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
      0
     ],
     "source": [
      "obj-9",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
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
      "obj-12",
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
      "obj-14",
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
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
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
      "obj-17",
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
      "obj-16",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-20",
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
      "obj-22",
      0
     ],
     "source": [
      "obj-16",
      1
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
      "obj-31",
      0
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
      "obj-32",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-38",
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
      "obj-12",
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
      "obj-39",
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
      "obj-12",
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
      "obj-41",
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
      "obj-31",
      3
     ],
     "source": [
      "obj-41",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-31",
      4
     ],
     "source": [
      "obj-41",
      4
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
      "obj-41",
      3
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
      "obj-41",
      4
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
      "obj-22",
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
      "obj-45",
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
      "obj-50",
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
      "obj-51",
      0
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
      "obj-12",
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
      "obj-52",
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
      "obj-53",
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
      "obj-12",
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
      "obj-54",
      0
     ],
     "source": [
      "obj-21",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-44",
      3
     ],
     "source": [
      "obj-54",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-44",
      4
     ],
     "source": [
      "obj-54",
      4
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
      "obj-54",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-47",
      0
     ],
     "source": [
      "obj-54",
      4
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
      "obj-22",
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
      "obj-56",
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
      "obj-63",
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
      "obj-64",
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
      "obj-12",
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
      "obj-65",
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
      "obj-66",
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
      "obj-12",
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
      "obj-67",
      0
     ],
     "source": [
      "obj-21",
      2
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-57",
      3
     ],
     "source": [
      "obj-67",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-57",
      4
     ],
     "source": [
      "obj-67",
      4
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
      "obj-67",
      3
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
      "obj-67",
      4
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
      "obj-22",
      2
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
      "obj-69",
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
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-76",
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
      "obj-77",
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
      "obj-12",
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
      "obj-78",
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
      "obj-12",
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
      "obj-80",
      0
     ],
     "source": [
      "obj-21",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-70",
      3
     ],
     "source": [
      "obj-80",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-70",
      4
     ],
     "source": [
      "obj-80",
      4
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
      "obj-80",
      3
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
      "obj-80",
      4
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-75",
      0
     ],
     "source": [
      "obj-22",
      3
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
      "obj-84",
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
      "obj-89",
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
      "obj-90",
      0
     ],
     "source": [
      "obj-89",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
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
      "obj-87",
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
      "obj-12",
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
      "obj-93",
      0
     ],
     "source": [
      "obj-21",
      4
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-83",
      3
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
      "obj-83",
      4
     ],
     "source": [
      "obj-93",
      4
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
      "obj-93",
      3
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
      "obj-93",
      4
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
      "obj-22",
      4
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
      "obj-96",
      0
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
      "obj-97",
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
      "obj-12",
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
      "obj-12",
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
      "obj-106",
      0
     ],
     "source": [
      "obj-21",
      5
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-96",
      3
     ],
     "source": [
      "obj-106",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-96",
      4
     ],
     "source": [
      "obj-106",
      4
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
      "obj-106",
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
      "obj-106",
      4
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
      "obj-22",
      5
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
      "obj-108",
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
      "obj-109",
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
      "obj-110",
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
      "obj-12",
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
      "obj-117",
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
      "obj-12",
      0
     ],
     "source": [
      "obj-118",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-119",
      0
     ],
     "source": [
      "obj-21",
      6
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-109",
      3
     ],
     "source": [
      "obj-119",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-109",
      4
     ],
     "source": [
      "obj-119",
      4
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
      "obj-119",
      3
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
      "obj-119",
      4
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
      "obj-22",
      6
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
      0
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
      "obj-122",
      0
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
      "obj-123",
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
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
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
      "obj-130",
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
      "obj-12",
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
      "obj-132",
      0
     ],
     "source": [
      "obj-21",
      7
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-122",
      3
     ],
     "source": [
      "obj-132",
      3
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-122",
      4
     ],
     "source": [
      "obj-132",
      4
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
      "obj-132",
      3
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
      "obj-132",
      4
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
      "obj-22",
      7
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-149",
      0
     ],
     "source": [
      "obj-142",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-149",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-143",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-144",
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
      "obj-145",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-150",
      0
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
      "obj-148",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
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
      "obj-137",
      0
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
      "obj-152",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-153",
      1
     ],
     "source": [
      "obj-136",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-20",
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
      "obj-154",
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
      "obj-155",
      1
     ],
     "source": [
      "obj-154",
      4
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-155",
      2
     ],
     "source": [
      "obj-154",
      3
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
      "obj-152",
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
      "obj-134",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-155",
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
      "obj-158",
      0
     ],
     "source": [
      "obj-136",
      1
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
      "obj-158",
      0
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
      "obj-155",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-159",
      0
     ],
     "source": [
      "obj-157",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-159",
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
      "obj-139",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-161",
      0
     ],
     "source": [
      "obj-160",
      2
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
      "obj-161",
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
      "obj-162",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-163",
      0
     ],
     "source": [
      "obj-140",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-164",
      0
     ],
     "source": [
      "obj-163",
      2
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
      "obj-164",
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
      "obj-134",
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
      "obj-170",
      0
     ],
     "source": [
      "obj-169",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-170",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
      0
     ],
     "source": [
      "obj-171",
      0
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
      "obj-16",
      2
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
      "obj-174",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-175",
      0
     ],
     "source": [
      "obj-16",
      2
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-177",
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
      "obj-178",
      0
     ],
     "source": [
      "obj-177",
      0
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
      "obj-178",
      2
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
      "obj-178",
      2
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
      "obj-178",
      1
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
      "obj-178",
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
      "obj-179",
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
      "obj-180",
      0
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
      "obj-181",
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
      "obj-182",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-12",
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
      "obj-184",
      1
     ],
     "source": [
      "obj-16",
      3
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
      "obj-184",
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
      "obj-185",
      1
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
      1
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
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-188",
      1
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
      "obj-189",
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
      "obj-12",
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
      "obj-192",
      0
     ],
     "source": [
      "obj-191",
      1
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
      "obj-191",
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
      "obj-197",
      0
     ],
     "source": [
      "obj-195",
      0
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
      "obj-197",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-178",
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
      "obj-18",
      0
     ],
     "source": [
      "obj-178",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-142",
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
      "obj-198",
      0
     ],
     "source": [
      "obj-178",
      2
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
      "obj-199",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-199",
      0
     ],
     "source": [
      "obj-178",
      2
     ]
    }
   }
  ]
 }
}
