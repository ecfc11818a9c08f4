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
   1060.0,
   1000.0
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
      20.0,
      10.0,
      900.0,
      30.0
     ],
     "text": "rtvae-map - play a latent map of rtvae serve from Max: an XY pad over a picture of the sound",
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
      50.0
     ],
     "text": "1. Build the map once: rtvae map build (it prints the map's folder: <corpora>/default/maps/pca/, with background-class.png, background-centroid_hz.png ... 512 x 512). 2. Copy background-class.png beside this patch (or add that folder to Options > File Preferences). 3. In a terminal: rtvae serve (it loads the map 'pca' of its corpus). 4. The panel registers (/rtvae/reply 9004, /rtvae/hello) and loads the map; drag on the picture."
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
      100.0,
      800.0,
      600.0
     ],
     "name": "rtvae-map.maxpat",
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
      710.0,
      1000.0,
      64.0
     ],
     "text": "THE BACKGROUND: the pictslider's bkgndpict attribute names the PNG (Inspector > Background Picture, or send it 'bkgndpict background-centroid_hz.png'). Any picture of the map works: background-<descriptor>.png (rms_db, centroid_hz, bandwidth_hz, flatness, rolloff_hz, zcr, f0_hz, periodicity), background-class.png, background-confidence.png, background-sounds.png. They are exactly the pad: x to the right, y UP (y = 0 is the bottom row), so the pictslider runs bottomvalue 0 to topvalue 1000. The annotated versions (class.png ...) have the colour bars and legends. An [fpic] shows one without a knob."
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
      780.0,
      1000.0,
      64.0
     ],
     "text": "THE KNOBS: 8 dials are amounts (\u03c3, -3..3) along the corpus's principal directions, around the latent the pad sets (/rtvae/knobs); /rtvae/knobs/info prints what each moves. brightness, loudness, noisiness, pitch raise that descriptor of the sound playing by the amount (\u03c3, its spread over the corpus), the others held, aimed through the descriptor atlas (/rtvae/knob/<name>). PRESETS: store p1..p4 where you are, then click a node of [nodes]: the nearest node recalls its preset (/rtvae/preset/recall). FOLLOW: the pad's knob follows /rtvae/out/xy (where the sound is, also while an interpolation or a descriptor target plays)."
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
      20.0,
      850.0,
      1000.0,
      20.0
     ],
     "text": "worked example: the panel's inlet sends any OSC message - click left to right: a corner, the other corner, a knob turn, brightness up. The outlet gives every reply."
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
      876.0,
      131.0,
      22.0
     ],
     "text": "/rtvae/xy 0.1 0.1"
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
      876.0,
      131.0,
      22.0
     ],
     "text": "/rtvae/xy 0.9 0.9"
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
      480.0,
      876.0,
      264.0,
      22.0
     ],
     "text": "/rtvae/knobs 2. 0. 0. 0. 0. 0. 0. 0."
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
      710.0,
      876.0,
      194.0,
      22.0
     ],
     "text": "/rtvae/knob/brightness 1.5"
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
      20.0,
      920.0,
      117.0,
      22.0
     ],
     "text": "print rtvae-map"
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
      950.0,
      1000.0,
      20.0
     ],
     "text": "Pd: patches/pd/rtvae-map-help.pd (coloured cells under a draggable point: Pd cannot show a PNG). The OSC table: rtvae/osc/namespace.py."
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
      "obj-11",
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
