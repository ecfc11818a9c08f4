"""Print the compiled callback's call graph as JSON: ``{function: [callees]}`` from its LLVM IR.

Run in a child with an empty ``NUMBA_CACHE_DIR``: code loaded from numba's cache has no IR.
"""

import json
import re
import sys

from rtvae.drivers.callback import _CALLBACK, callback_address

callback_address()
calls = {}
for body in re.split(r"\ndefine ", _CALLBACK[0].inspect_llvm())[1:]:
    name = re.match(r'[^@]*@"?([\w.$]+)', body).group(1)
    calls[name] = sorted(set(re.findall(r'call [^@\n]*@"?([A-Za-z_][\w.]*)', body)))
json.dump(calls, sys.stdout)
