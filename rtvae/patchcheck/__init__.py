"""Static checks of the shipped Pd and Max patches against the OSC namespace.

The patches in ``patches/`` are product code too: a renamed address or a miscounted
outlet breaks a performer's stage, not a test. This package reads them without running
Pd or Max and answers two questions: which OSC addresses does a patch send and route,
and does it hold together (connections, inlet/outlet counts, addresses, argument counts)
for a model of a given latent size? It is tooling: ``rtvae check --patches`` and the
tests use it, the runtime (engine, drivers, osc, session) never imports it.

One job per module:

- :mod:`~rtvae.patchcheck.addresses`: an address or an argument count judged by the namespace table;
- :mod:`~rtvae.patchcheck.pdfile`: the ``.pd`` reader (canvases, boxes, wires, arrays);
- :mod:`~rtvae.patchcheck.pdgraph`: a Pd patch's wires and the argument counts along them;
- :mod:`~rtvae.patchcheck.pdcheck`: a Pd patch's addresses and problems;
- :mod:`~rtvae.patchcheck.maxfile`: the Max patcher reader (boxes, messages, known inlet/outlet counts);
- :mod:`~rtvae.patchcheck.maxcheck`: a Max patcher's addresses and problems;
- :mod:`~rtvae.patchcheck.folder`: every patch of a folder (``rtvae check --patches``).

Every check takes the model's ``latent_size`` (``load_model(name).card.latent_size``):
``/rtvae/z`` carries exactly that many values.
"""

from rtvae.patchcheck.addresses import OscAddresses
from rtvae.patchcheck.folder import check_folder, check_patch, default_patches_dir, patch_files
from rtvae.patchcheck.maxcheck import check_max_patch, max_osc_addresses
from rtvae.patchcheck.pdcheck import check_pd_patch, pd_named_receives, pd_osc_addresses
from rtvae.patchcheck.pdfile import parse_pd

__all__ = [
    "OscAddresses", "check_folder", "check_max_patch", "check_patch", "check_pd_patch", "default_patches_dir",
    "max_osc_addresses", "parse_pd", "patch_files", "pd_named_receives", "pd_osc_addresses",
]
