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
      900.0,
      30.0
     ],
     "text": "rtvae-descriptor - steer rtvae serve by descriptor targets and curves",
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
      1230.0,
      34.0
     ],
     "text": "1. In a terminal: rtvae serve. 2. The panel below registers its reply port (/rtvae/reply 9003, then /rtvae/hello) and asks the corpus's ranges: each slider spans its descriptor's robust range. 3. Move a slider (a target), or draw the curve, choose its descriptor, set a duration, send it and play."
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
     "name": "rtvae-descriptor.maxpat",
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
      540.0,
      1230.0,
      50.0
     ],
     "text": "TARGETS: rms_db (dB FS), centroid_hz, bandwidth_hz, rolloff_hz (Hz), flatness, zcr, periodicity (0..1), f0_hz (Hz). WEIGHTS (0..100) say how much each counts; CONTINUITY (0..100) how much staying near the previous latent counts. CURVE: the multislider's 0..1 is mapped to the chosen descriptor's robust range and sent as ONE /rtvae/descriptor/curve NAME values message; it plays over the duration. MEASURED: /rtvae/out/descriptors, measured on the sound actually played (~20 a second, registered clients only). off hands control back to latents."
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
      20.0,
      700.0,
      1230.0,
      20.0
     ],
     "text": "worked example: click left to right - a centroid curve over 4 s, played; then a fixed bright, loud target; then off. The panel's inlet sends any OSC message; its outlet gives every reply."
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
      20.0,
      726.0,
      454.0,
      22.0
     ],
     "text": "/rtvae/descriptor/curve centroid_hz 100 400 800 1200 1600 2000"
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
      494.0,
      726.0,
      223.0,
      22.0
     ],
     "text": "/rtvae/descriptor/duration 4."
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
      737.0,
      726.0,
      174.0,
      22.0
     ],
     "text": "/rtvae/descriptor/play"
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
      20.0,
      770.0,
      384.0,
      22.0
     ],
     "text": "/rtvae/descriptor/target centroid_hz 1500 rms_db -12"
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
      424.0,
      770.0,
      349.0,
      22.0
     ],
     "text": "/rtvae/descriptor/weight centroid_hz 2 rms_db 1"
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
      793.0,
      770.0,
      167.0,
      22.0
     ],
     "text": "/rtvae/descriptor/off"
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
      840.0,
      100.0,
      22.0
     ],
     "text": "print rtvae-reply"
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
      "obj-6",
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
      "obj-7",
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
      "obj-8",
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
      "obj-9",
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
      "obj-12",
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