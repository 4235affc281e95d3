"""krait's _warnings: the core of the warnings machinery, which CPython writes in C.

warnings.py imports filters, the default action, the once-registry, warn and
warn_explicit from here and falls back to its own Python versions without it; the
fallback compiles a regular expression for its default filters at import time, so
without this module every program importing warnings would carry `re`. This module
keeps CPython's C behaviour: the default filters name their module with a plain
string, compared for equality; the filters, default action, once-registry and
_showwarnmsg are read from the warnings module when it is imported (catch_warnings
replaces them there); the caller's frame comes from sys._getframe.
"""

import sys

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = "default"
_onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _warnings_attr(name, default):
    """An attribute of the warnings module if it has been imported, else `default`."""
    mod = sys.modules.get("warnings")
    if mod is None:
        return default
    return getattr(mod, name, default)


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    current = _warnings_attr("filters", filters)
    if not isinstance(current, list):
        raise ValueError("warnings.filters must be a list")
    for i, item in enumerate(current):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    action = _warnings_attr("defaultaction", _defaultaction)
    if not isinstance(action, str):
        raise TypeError("warnings.defaultaction must be a string, not '%s'"
                        % type(action).__name__)
    return action, None


def _already_warned(registry, key, should_set):
    version = registry.get("version")
    if version is None or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _show(message, category, text, filename, lineno, source):
    show = _warnings_attr("_showwarnmsg", None)
    if show is None:
        stderr = sys.stderr
        if stderr is None:
            return
        stderr.write("%s:%s: %s: %s\n" % (filename, lineno, category.__name__, text))
        return
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    warning_message = _warnings_attr("WarningMessage", None)
    if warning_message is None:
        raise RuntimeError("unable to get warnings.WarningMessage")
    show(warning_message(message, category, filename, lineno, None, None, source))


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return None
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            once = registry
            if once is None:
                once = _warnings_attr("onceregistry", _onceregistry)
                if not isinstance(once, dict):
                    raise TypeError("warnings.onceregistry must be a dict, not '%s'"
                                    % type(once).__name__)
            if _already_warned(once, (text, category), True):
                return None
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    _show(message, category, text, filename, lineno, source)
    return None


def _is_internal(frame):
    filename = frame.f_code.co_filename
    return "importlib" in filename and "_bootstrap" in filename


def _next_external(frame):
    frame = frame.f_back
    while frame is not None and _is_internal(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(1)
    except ValueError:
        frame = None
    if frame is not None and (stacklevel <= 0 or _is_internal(frame)):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = _next_external(frame)
            stacklevel -= 1
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = {}
        globals["__warningregistry__"] = registry
    module = globals.get("__name__")
    if not isinstance(module, str):
        module = "<string>"
    return warn_explicit(message, category, filename, lineno, module, registry,
                         None, source)
