import sys
import impl

sys.modules["made_at_runtime"] = impl
