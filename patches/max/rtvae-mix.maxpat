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
   1080.0,
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
     "presentation": 1,
     "presentation_rect": [
      10.0,
      6.0,
      700.0,
      30.0
     ],
     "text": "rtvae-mix - latent algebra, the latent playing, the pad's mode",
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
      590.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      48.0,
      590.0,
      20.0
     ],
     "text": "algebra: /rtvae/mix (name weight) pairs   snap: /rtvae/mix/snap   result: /rtvae/mix/result"
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
      400.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      626.0,
      48.0,
      400.0,
      20.0
     ],
     "text": "the latent playing: /rtvae/out/z (one slider per dimension)"
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
      336.0,
      1020.0,
      90.0
     ],
     "presentation": 1,
     "presentation_rect": [
      10.0,
      336.0,
      1020.0,
      90.0
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
      340.0,
      600.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      340.0,
      600.0,
      20.0
     ],
     "text": "the pad's mode /rtvae/xy/mode, error, registration (udpreceive 9005)"
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
     "text": "/rtvae/reply 9005"
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
     "text": "udpreceive 9005"
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
     "text": "1. network: [udpsend] sends every OSC message; [udpreceive 9005] gets the replies once /rtvae/reply 9005 (sent on load) registered the port; then the panel registers (5.)."
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
      480.0,
      22.0
     ],
     "text": "route /rtvae/mix/result /rtvae/out/z /rtvae/error /rtvae/welcome"
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
      16.0,
      70.0,
      200.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      70.0,
      200.0,
      20.0
     ],
     "text": "pairs (type, then Enter)"
    }
   },
   {
    "box": {
     "id": "obj-18",
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
      16.0,
      92.0,
      588.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      92.0,
      588.0,
      22.0
     ],
     "text": "organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1",
     "parameter_enable": 0,
     "keymode": 1,
     "lines": 1
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
      16.0,
      118.0,
      590.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      118.0,
      590.0,
      20.0
     ],
     "text": "examples: a sound plays its window sequence; mean:NAME its averaged latent (held); cluster:N; preset:NAME"
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
      16.0,
      140.0,
      340.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      140.0,
      340.0,
      22.0
     ],
     "text": "organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1"
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
      16.0,
      166.0,
      440.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      166.0,
      440.0,
      22.0
     ],
     "text": "mean:organ_C3_mid 1 mean:bell_C4_bright -1 mean:string_C4_mid 1"
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      16.0,
      192.0,
      190.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      192.0,
      190.0,
      22.0
     ],
     "text": "cluster:0 0.5 cluster:9 0.5"
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
      216.0,
      192.0,
      240.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      216.0,
      192.0,
      240.0,
      22.0
     ],
     "text": "organ_C3_bright 1 organ_C3_dark -1"
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470.0,
      140.0,
      100.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      470.0,
      140.0,
      100.0,
      22.0
     ],
     "text": "preset:mine 1"
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
      16.0,
      226.0,
      40.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      226.0,
      40.0,
      20.0
     ],
     "text": "snap"
    }
   },
   {
    "box": {
     "id": "obj-26",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      60.0,
      226.0,
      200.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      60.0,
      226.0,
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
     "id": "obj-27",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      270.0,
      226.0,
      55.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      270.0,
      226.0,
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
     "id": "obj-28",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      330.0,
      226.0,
      270.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      330.0,
      226.0,
      270.0,
      20.0
     ],
     "text": "0 free, 1 onto the nearest corpus latent (for the next mix)"
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
      256.0,
      75.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      256.0,
      75.0,
      20.0
     ],
     "text": "weight_sum"
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      90.0,
      256.0,
      60.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      90.0,
      256.0,
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
     "id": "obj-31",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      160.0,
      256.0,
      85.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      160.0,
      256.0,
      85.0,
      20.0
     ],
     "text": "off_manifold"
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
      245.0,
      256.0,
      60.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      245.0,
      256.0,
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
     "id": "obj-33",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      315.0,
      256.0,
      55.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      315.0,
      256.0,
      55.0,
      20.0
     ],
     "text": "nearest"
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      370.0,
      256.0,
      230.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      370.0,
      256.0,
      230.0,
      22.0
     ],
     "text": ""
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
      16.0,
      290.0,
      55.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      290.0,
      55.0,
      20.0
     ],
     "text": "warning"
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
      70.0,
      290.0,
      530.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      70.0,
      290.0,
      530.0,
      22.0
     ],
     "text": ""
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20.0,
      960.0,
      700.0,
      44.0
     ],
     "text": "2. algebra: the textedit (Enter) or an example -> ONE /rtvae/mix name weight ... message (an example is also shown in the textedit); the slider -> /rtvae/mix/snap; each /rtvae/mix/result -> weight_sum, off_manifold (typical jumps: 0 is a real sound), nearest, warning."
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20.0,
      1010.0,
      70.0,
      22.0
     ],
     "text": "route text"
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
      1070.0,
      110.0,
      22.0
     ],
     "text": "prepend /rtvae/mix"
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
      150.0,
      1040.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-41",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300.0,
      1070.0,
      140.0,
      22.0
     ],
     "text": "prepend /rtvae/mix/snap"
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300.0,
      1040.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-43",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 4,
     "outlettype": [
      "float",
      "float",
      "",
      ""
     ],
     "patching_rect": [
      420.0,
      1010.0,
      140.0,
      22.0
     ],
     "text": "unpack 0. 0. s s"
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      520.0,
      1040.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
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
      620.0,
      1040.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      620.0,
      1010.0,
      150.0,
      22.0
     ],
     "text": "print rtvae-mix-result"
    }
   },
   {
    "box": {
     "id": "obj-47",
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
      390.0,
      150.0
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      70.0,
      390.0,
      150.0
     ],
     "parameter_enable": 0,
     "contdata": 0,
     "setminmax": [
      -3.0,
      3.0
     ],
     "setstyle": 0,
     "settype": 1,
     "size": 128,
     "ignoreclick": 1
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      630.0,
      230.0,
      90.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      230.0,
      90.0,
      22.0
     ],
     "text": "/rtvae/z/get"
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      740.0,
      230.0,
      22.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      740.0,
      230.0,
      22.0,
      22.0
     ],
     "parameter_enable": 0
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
      765.0,
      232.0,
      255.0,
      20.0
     ],
     "presentation": 1,
     "presentation_rect": [
      765.0,
      232.0,
      255.0,
      20.0
     ],
     "text": "stream (/rtvae/z/report, ~20 a second)"
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
      630.0,
      258.0,
      390.0,
      64.0
     ],
     "presentation": 1,
     "presentation_rect": [
      630.0,
      258.0,
      390.0,
      64.0
     ],
     "text": "-3..3, one slider per latent dimension (size: the model's latent size, 128 with the embedded model): the latent the server plays, knobs included, whatever sets it (a mix, the pad, an interpolation, the latent panel)."
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      800.0,
      960.0,
      600.0,
      30.0
     ],
     "text": "3. the latent: /rtvae/z/get asks once, the toggle streams (/rtvae/z/report 1/0: registered clients only); each /rtvae/out/z -> [prepend set] -> the multislider (display only)."
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
      800.0,
      1010.0,
      80.0,
      22.0
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      900.0,
      1010.0,
      140.0,
      22.0
     ],
     "text": "prepend /rtvae/z/report"
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
      16.0,
      362.0,
      150.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      16.0,
      362.0,
      150.0,
      22.0
     ],
     "text": "/rtvae/xy/mode latent"
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
      176.0,
      362.0,
      150.0,
      22.0
     ],
     "presentation": 1,
     "presentation_rect": [
      176.0,
      362.0,
      150.0,
      22.0
     ],
     "text": "/rtvae/xy/mode sound"
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      340.0,
      360.0,
      680.0,
      34.0
     ],
     "presentation": 1,
     "presentation_rect": [
      340.0,
      360.0,
      680.0,
      34.0
     ],
     "text": "latent: /rtvae/xy plays the map's latent at that place (the default; quiet when held still). sound: it plays corpus runs passing near that place, at the corpus's own level."
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
     "text": "5. registration: the latent stream goes only to registered clients. After the reply port, /rtvae/hello; the welcome (read while the gate is open, 2 s) sends its token back; the toggle shows the state. The button registers again (server restart)."
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
      "obj-38",
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
      "obj-12",
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
      "obj-39",
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
      "obj-40",
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
      "obj-39",
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
      "obj-40",
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
      "obj-39",
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
      "obj-40",
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
      "obj-39",
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
      "obj-40",
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
      "obj-39",
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
      "obj-40",
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
      "obj-18",
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
      "obj-26",
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
      "obj-41",
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
      "obj-26",
      0
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-27",
      0
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
      "obj-43",
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
      "obj-46",
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
      "obj-30",
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
      "obj-32",
      0
     ],
     "source": [
      "obj-43",
      1
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
      2
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
      "obj-44",
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
      "obj-43",
      3
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
      "obj-45",
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
      "obj-16",
      1
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
      "obj-53",
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
      "obj-48",
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
      "obj-49",
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
      "obj-54",
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
      "obj-55",
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
      "obj-56",
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
      "obj-16",
      2
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
      "obj-60",
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
      "obj-16",
      2
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
      "obj-8",
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
      "obj-65",
      0
     ],
     "source": [
      "obj-64",
      2
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
      "obj-64",
      2
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
      "obj-64",
      1
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
      "obj-64",
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
      "obj-65",
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
      "obj-66",
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
      "obj-67",
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
      "obj-12",
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
      "obj-72",
      0
     ],
     "source": [
      "obj-71",
      1
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
      "obj-72",
      1
     ]
    }
   },
   {
    "patchline": {
     "destination": [
      "obj-74",
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
      "obj-74",
      1
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
      "obj-75",
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
      "obj-12",
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
      "obj-76",
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
      "obj-78",
      0
     ],
     "source": [
      "obj-77",
      1
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
      "obj-78",
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
      "obj-81",
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
      "obj-83",
      1
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
      "obj-83",
      0
     ]
    }
   }
  ]
 }
}