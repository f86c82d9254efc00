# mypy: ignore-errors
# (Restricted Python for the sandbox, kept plain: no annotations, values of mixed kinds.)
"""The calculator that runs inside the sandbox (never in the app): read as text by
calculator.py, which appends one line handing it the expression as a JSON string.

Restricted Python (the sandbox's language layer): no names with underscores in front, no
``ast``; a small tokenizer and recursive-descent parser over numbers, + - * / % ^ **,
parentheses, math functions and constants, and ``<number> <unit> to <unit>``.
"""

import json  # noqa: F401  (used by the line calculator.py appends)
import math
import re

FUNCTIONS = {
    "sqrt": math.sqrt, "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x), "abs": abs, "round": round,
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin, "acos": math.acos, "atan": math.atan,
    "log": math.log, "ln": math.log, "log10": math.log10, "log2": math.log2, "exp": math.exp,
    "floor": math.floor, "ceil": math.ceil, "factorial": lambda x: math.factorial(int(x)), "radians": math.radians,
    "degrees": math.degrees, "min": min, "max": max, "hypot": math.hypot,
}  # fmt: skip
CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau}
# Units: (kind, factor to the kind's base unit). Temperatures are converted apart.
UNITS = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mi": ("length", 1609.344), "mile": ("length", 1609.344), "miles": ("length", 1609.344),
    "yd": ("length", 0.9144), "ft": ("length", 0.3048), "feet": ("length", 0.3048), "in": ("length", 0.0254),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "nmi": ("length", 1852.0),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "mg": ("mass", 1e-6), "t": ("mass", 1000.0),
    "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "st": ("mass", 6.35029318),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0), "d": ("time", 86400.0),
    "day": ("time", 86400.0), "days": ("time", 86400.0), "wk": ("time", 604800.0), "week": ("time", 604800.0),
    "l": ("volume", 1.0), "ml": ("volume", 0.001), "cl": ("volume", 0.01), "m3": ("volume", 1000.0),
    "gal": ("volume", 3.785411784), "qt": ("volume", 0.946352946), "pt": ("volume", 0.473176473),
    "cup": ("volume", 0.2365882365), "cups": ("volume", 0.2365882365), "floz": ("volume", 0.0295735295625),
    "m/s": ("speed", 1.0), "km/h": ("speed", 1 / 3.6), "kmh": ("speed", 1 / 3.6), "mph": ("speed", 0.44704),
    "kn": ("speed", 0.514444), "knots": ("speed", 0.514444),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "acres": ("area", 4046.8564224), "ft2": ("area", 0.09290304),
    "b": ("data", 1.0), "kb": ("data", 1e3), "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12),
    "kib": ("data", 1024.0), "mib": ("data", 1024.0**2), "gib": ("data", 1024.0**3), "tib": ("data", 1024.0**4),
    "j": ("energy", 1.0), "kj": ("energy", 1000.0), "cal": ("energy", 4.184), "kcal": ("energy", 4184.0),
    "kwh": ("energy", 3.6e6), "wh": ("energy", 3600.0),
}  # fmt: skip
TEMPERATURES = {"c": "C", "°c": "C", "celsius": "C", "f": "F", "°f": "F", "fahrenheit": "F", "k": "K", "kelvin": "K"}
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|([A-Za-z]\w*)|(\*\*|[-+*/%^(),]))")
CONVERSION = re.compile(r"^(.*?)\s*([A-Za-z°][\w°/]*)\s+(?:to|in|as)\s+([A-Za-z°][\w°/]*)\s*$")
MAX_LENGTH = 500
MAX_EXPONENT = 10000


def tokens(text):
    out = []
    pos = 0
    text = text.replace("×", "*").replace("÷", "/").replace("−", "-")
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = TOKEN.match(text, pos)
        if match is None:
            raise ValueError("unexpected " + repr(text[pos:].strip()[:10]))
        number, name, op = match.groups()
        if number is not None:
            out.append(("num", float(number)))
        elif name is not None:
            out.append(("name", name))
        else:
            out.append(("op", "**" if op == "^" else op))
        pos = match.end()
    return out


class Parser:
    def __init__(self, items):
        self.items = items
        self.pos = 0

    def peek(self):
        return self.items[self.pos] if self.pos < len(self.items) else ("end", None)

    def take(self):
        item = self.peek()
        self.pos = self.pos + 1
        return item

    def expect(self, op):
        item = self.take()
        if item != ("op", op):
            raise ValueError("expected " + repr(op))

    def expression(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            right = self.unary()
            if op == "*":
                value = value * right
            elif op == "/":
                value = value / right
            else:
                value = value % right
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            exponent = self.unary()
            if abs(exponent) > MAX_EXPONENT:
                raise ValueError("exponent too large")
            return base**exponent
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "op" and value == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        if kind == "name":
            key = value.lower()
            if self.peek() == ("op", "("):
                if key not in FUNCTIONS:
                    raise ValueError("unknown function " + repr(value))
                self.take()
                args = [self.expression()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expression())
                self.expect(")")
                if key == "factorial" and (args[0] > 170 or args[0] != math.floor(args[0])):
                    raise ValueError("factorial needs a whole number up to 170")
                return FUNCTIONS[key](*args)
            if key in CONSTANTS:
                return CONSTANTS[key]
            raise ValueError("unknown name " + repr(value))
        raise ValueError("unexpected end" if kind == "end" else "unexpected " + repr(value))


def number(text):
    parser = Parser(tokens(text))
    value = parser.expression()
    if parser.peek()[0] != "end":
        raise ValueError("unexpected " + repr(parser.peek()[1]))
    return value


def temperature(value, source, target):
    kelvin = value + 273.15 if source == "C" else (value - 32) * 5 / 9 + 273.15 if source == "F" else value
    return kelvin - 273.15 if target == "C" else (kelvin - 273.15) * 9 / 5 + 32 if target == "F" else kelvin


def tidy(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, float):
        return float("%.12g" % value)  # noqa: UP031  (str.format is not offered in the sandbox)
    return value


def evaluate(text):
    if len(text) > MAX_LENGTH:
        return {"error": "The expression is too long."}
    try:
        match = CONVERSION.match(text.strip())
        source = target = None
        if match is not None:
            source, target = match.group(2).lower(), match.group(3).lower()
            known = (source in UNITS or source in TEMPERATURES) and (target in UNITS or target in TEMPERATURES)
            if not known:
                source = target = None
        if source is None:
            return {"expression": text, "result": tidy(number(text))}
        value = number(match.group(1)) if match.group(1).strip() else 1.0
        if source in TEMPERATURES and target in TEMPERATURES:
            result = temperature(value, TEMPERATURES[source], TEMPERATURES[target])
        elif source in UNITS and target in UNITS and UNITS[source][0] == UNITS[target][0]:
            result = value * UNITS[source][1] / UNITS[target][1]
        else:
            return {"error": "Cannot convert " + match.group(2) + " to " + match.group(3) + "."}
        return {"expression": text, "result": tidy(result), "unit": match.group(3)}
    except (ValueError, ZeroDivisionError, OverflowError, TypeError) as exc:
        return {"error": "Cannot calculate " + repr(text) + ": " + str(exc) + "."}
