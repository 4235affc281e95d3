# logging: basicConfig with a fixed format, levels, loggers and their hierarchy,
# handlers on a stream, formatting of arguments and of exceptions.
import io
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.info("hello %s", "world")
logging.debug("not shown")
logging.warning("warn %d%%", 50)
log = logging.getLogger("app.sub")
log.error("error in %s", log.name)
print(log.getEffectiveLevel(), log.parent.name, logging.getLogger("app") is log.parent)
log.setLevel(logging.DEBUG)
log.debug("debug now shown")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s %(lineno)d: %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.WARNING)
def work():
    other.warning("from work")
    other.info("filtered")
work()
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
print(buf.getvalue().splitlines()[:3])
print(buf.getvalue().splitlines()[-1])

class Only(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()
other.addFilter(Only())
other.error("drop this")
other.error("keep this")
print(buf.getvalue().splitlines()[-1])

f = logging.Formatter("%(asctime)s|%(msecs)d", datefmt="%Y")
r = logging.LogRecord("n", logging.INFO, "p.py", 3, "m", None, None)
r.created = 1700000000.25
r.msecs = 250.0
print(f.formatTime(r, "%Y-%m-%d") [:4].isdigit(), f.format(r)[4:])
print(logging.Formatter("{levelname}/{message}", style="{").format(r))
print(logging.Formatter("$levelname/$message", style="$").format(r))
logging.shutdown()
