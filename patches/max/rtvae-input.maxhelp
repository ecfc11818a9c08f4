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
   1120.0,
   920.0
  ],
  "openinpresentation": 0,
  "boxes": [
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
      100.0,
      1060.0,
      440.0
     ],
     "name": "rtvae-input.maxpat",
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
     "id": "obj-501",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      10.0,
      900.0,
      30.0
     ],
     "text": "rtvae-input: live input. 1. rtvae serve --input DEVICE (rtvae devices lists them; on JACK connect a source to rtvae:in_0). 2. The panel below connects on load and registers. 3. Play into the input: with mix 1 you hear its reconstruction a window (23 ms) later.",
     "presentation": 1,
     "presentation_rect": [
      10.0,
      10.0,
      900.0,
      30.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-502",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      480.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/input/mix 1"
    }
   },
   {
    "box": {
     "id": "obj-503",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      480.0,
      400.0,
      20.0
     ],
     "text": "1: the plain reconstruction",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      480.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-504",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      510.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/input/freeze 1"
    }
   },
   {
    "box": {
     "id": "obj-505",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      510.0,
      400.0,
      20.0
     ],
     "text": "2: hold the input's latent",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      510.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-506",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      540.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/input/freeze 0"
    }
   },
   {
    "box": {
     "id": "obj-507",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      540.0,
      400.0,
      20.0
     ],
     "text": "3: follow the input again",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      540.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-508",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      570.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/input/gate -200"
    }
   },
   {
    "box": {
     "id": "obj-509",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      570.0,
      400.0,
      20.0
     ],
     "text": "4: no gate (the default is -60 dBFS)",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      570.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-510",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      600.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/input/feedback 0.25"
    }
   },
   {
    "box": {
     "id": "obj-511",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      600.0,
      400.0,
      20.0
     ],
     "text": "5: a quarter of the output back into the encoder",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      600.0,
      400.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "id": "obj-512",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      630.0,
      420.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "text": "/rtvae/mix input 1 mean:organ_C3_mid -1 mean:bell_C4_bright 1"
    }
   },
   {
    "box": {
     "id": "obj-513",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      630.0,
      400.0,
      20.0
     ],
     "text": "6: input - organ + bell",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      630.0,
      400.0,
      20.0
     ]
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-502",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-504",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-506",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-508",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-510",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-512",
      0
     ],
     "destination": [
      "obj-3",
      0
     ]
    }
   }
  ]
 }
}
