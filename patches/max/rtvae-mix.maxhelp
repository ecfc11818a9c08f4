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
     "text": "rtvae-mix - latent algebra (A - B + C), the latent playing and the pad's mode",
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
      1060.0,
      50.0
     ],
     "text": "1. In a terminal: rtvae serve. 2. The panel below registers its reply port (/rtvae/reply 9005, then /rtvae/hello). 3. Type (name weight) pairs in the text field and press Enter, or click an example: the server sums the latents, plays the result and answers its weight sum, how far it lands from any real sound and the sound nearest to it. 4. /rtvae/z/get (or the stream toggle) shows the latent playing."
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
      1060.0,
      440.0
     ],
     "name": "rtvae-mix.maxpat",
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
      550.0,
      1060.0,
      64.0
     ],
     "text": "ALGEBRA: /rtvae/mix takes up to 16 (name weight) pairs, weights free (-100..100), and plays their weighted sum: organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1 is organ - bell + string; the result becomes the latent target (slewed). OPERANDS: a corpus sound (family_note_brightness with the embedded model) plays its window sequence, summed hop by hop over the shortest operand and looped; mean:NAME is its averaged latent, held (the classic one-shot operand: much quieter); cluster:N a SOM cluster's sounds in a row; preset:NAME (or a bare name that is no sound) a latent stored with /rtvae/preset/store. SNAP (0..1, /rtvae/mix/snap) pulls the next results that fraction of the way toward the nearest corpus latent."
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
      620.0,
      1060.0,
      64.0
     ],
     "text": "RESULT (/rtvae/mix/result, one per mix): weight_sum; off_manifold = distance to the nearest atlas latent in typical jumps (0 is a real sound); nearest = the corpus sound closest to it; warning = empty, or what to beware of (weights summing to 0 make a direction, not a place: played all the same). An unknown name is answered on the error line. THE LATENT: /rtvae/z/get asks once, the toggle streams /rtvae/out/z (~20 a second, registered clients only) into the multislider: one slider per latent dimension, knobs included. THE PAD'S MODE (/rtvae/xy/mode): latent (the default) plays the map's latent at the pad's place, quiet when held still; sound plays the corpus runs passing near it, at their own level."
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
      700.0,
      1060.0,
      34.0
     ],
     "text": "worked example: click left to right - organ - bell + string; the same with averaged latents; a snap and a difference (its weights sum to 0: see the warning); the latent once; the pad on corpus sounds. The panel's inlet sends any OSC message; its outlet gives every reply."
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
      740.0,
      400.0,
      22.0
     ],
     "text": "/rtvae/mix organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1"
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
      440.0,
      740.0,
      500.0,
      22.0
     ],
     "text": "/rtvae/mix mean:organ_C3_mid 1 mean:bell_C4_bright -1 mean:string_C4_mid 1"
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
      780.0,
      140.0,
      22.0
     ],
     "text": "/rtvae/mix/snap 0.5"
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
      180.0,
      780.0,
      300.0,
      22.0
     ],
     "text": "/rtvae/mix organ_C3_bright 1 organ_C3_dark -1"
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
      500.0,
      780.0,
      100.0,
      22.0
     ],
     "text": "/rtvae/z/get"
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
      620.0,
      780.0,
      160.0,
      22.0
     ],
     "text": "/rtvae/xy/mode sound"
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      840.0,
      110.0,
      22.0
     ],
     "text": "print rtvae-reply"
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
      150.0,
      840.0,
      930.0,
      34.0
     ],
     "text": "From the command line: oscsend localhost 9000 /rtvae/mix sfsfsf organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1; offline: rtvae render mix organ_C3_mid=1 bell_C4_bright=-1 string_C4_mid=1 --duration-s 5. See also rtvae-map.maxhelp (the pad and the knobs)."
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
      "obj-13",
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
