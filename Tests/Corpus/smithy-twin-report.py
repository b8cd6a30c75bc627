"""Lists, declaration by declaration, how the Swift generated from a Smithy model differs from the Swift
generated from its botocore twin, once `smithy-loosen.py` has set aside doc comments, endpoint rules,
pattern anchors and a length minimum of 0.

    smithy-twin-report.py <botocore output folder> <smithy output folder>
    smithy-twin-report.py --markdown <work folder> <index.json> <botocore data folder> [smithy-file.json ...]

The first form prints the differences of one twin. The second prints the Markdown report of every twin
(or of the named ones) that `smithy-twins.sh` generated into <work folder>/<name>/{botocore,smithy};
`REPORT=<file.md> smithy-twins.sh` runs it.

Each statement of the loosened files (lines joined while a bracket is open) is read as facts: types,
operations, paginators, waiters, error codes, and per type members, enum values, constraints, bindings,
coding keys, redactions. Facts that differ are listed, except those belonging to a fact that exists on
one side only (the members of a new type, the descriptor of a new operation). A differing statement
that no differing fact accounts for is counted as an "other changed line" of its declaration, so that
nothing is dropped silently. DEBUG=1 prints those statements.
"""
import collections
import contextlib
import io
import json
import os
import re
import runpy
import sys

LOOSEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "smithy-loosen.py")
STRING = re.compile(r'(#+)".*?"\1|"(?:\\.|[^"\\])*"')
NAME = r"`?(\w+)`?"
FILE_KINDS = ("Client", "Endpoints", "Enums", "Errors", "Paginators", "Shapes", "Waiters")
Fact = collections.namedtuple("Fact", "value parent name")


# Loosening: smithy-loosen.py itself, and its rules one by one to tell which a twin needs.

def loosened(path):
    """The text of a generated file as `smithy-loosen.py` prints it, and the script's pattern regex."""
    out, argv = io.StringIO(), sys.argv
    sys.argv = [LOOSEN, path]
    try:
        with contextlib.redirect_stdout(out):
            module = runpy.run_path(LOOSEN, run_name="__main__")
    finally:
        sys.argv = argv
    return out.getvalue(), module["PATTERN"]


def loosenings(pattern):
    return {
        "doc comments": lambda line: None if line.lstrip().startswith("///") else line,
        "endpoint rules": lambda line: None if "endpointRules" in line else line,
        "pattern anchors": lambda line: pattern.sub(r"\1\2\3", line),
        "`min: 0`": lambda line: line.replace("min: 0, ", ""),
    }


def apply(rules, lines):
    out = []
    for line in lines:
        for rule in rules:
            line = rule(line)
            if line is None:
                break
        else:
            out.append(line)
    return out


def line_diff(a, b):
    a, b = collections.Counter(a), collections.Counter(b)
    return sum(((a - b) + (b - a)).values())


def set_aside(raw, loose, pattern):
    """{loosening: differing lines it sets aside}; raw and loose are (botocore, smithy) {file kind: lines}."""
    rules = loosenings(pattern)
    for r, l in zip(raw, loose):
        for kind in r:
            assert apply(rules.values(), r[kind]) == l[kind], "smithy-loosen.py changed: update loosenings()"

    def diff(names):
        chosen = [rules[n] for n in names]
        return sum(line_diff(apply(chosen, raw[0].get(k, [])), apply(chosen, raw[1].get(k, [])))
                   for k in set(raw[0]) | set(raw[1]))

    full = diff(rules)
    counts = {name: diff([r for r in rules if r != name]) - full for name in rules}
    return {name: n for name, n in counts.items() if n}


# Parsing: statements in their blocks.

def masked(text):
    """text with the inside of its string literals replaced by x, so that brackets in strings don't count."""
    return STRING.sub(lambda m: '"' + "x" * (len(m.group(0)) - 2) + '"', text)


def split_top(text):
    """The comma-separated items of text, split outside brackets and strings."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(masked(text)):
        depth += (c in "([{") - (c in ")]}")
        if c == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return [item for item in items if item]


def inner(text, opener):
    """What the first `opener` … closing bracket of text encloses."""
    start = text.index(opener) + len(opener)
    depth, m = 1, masked(text)
    for i in range(start, len(text)):
        depth += (m[i] in "([") - (m[i] in ")]")
        if depth == 0:
            return text[start:i]
    return text[start:]


def norm(name):
    return re.sub(r"\W|_", "", name).lower()


class Stmt:
    def __init__(self, file, path, text):
        self.file, self.path, self.text = file, path, text  # path: ((kind, name), ...) of enclosing blocks
        self.block = None  # (kind, name) of the block the statement opens: type, func or ctl
        self.body = []  # the statements of that block, nested ones included
        self.keys = set()  # the facts the statement belongs to


def parse(file, text):
    stmts, blocks, pending, attributes = [], [], "", []
    for line in text.split("\n"):
        pending = f"{pending} {line.strip()}" if pending else line.strip()
        m = masked(pending)
        if m.count("(") + m.count("[") > m.count(")") + m.count("]"):
            continue
        text, pending = pending, ""
        while text.startswith("}"):
            blocks.pop()
            text = text[1:].strip()
        if not text:
            continue
        if re.fullmatch(r"@\w+(\(.*\))?", text):
            attributes.append(text)
            continue
        stmt = Stmt(file, tuple(b.block for b in blocks), " ".join(attributes + [text]))
        attributes = []
        stmts.append(stmt)
        for b in blocks:
            b.body.append(stmt)
        m = masked(stmt.text)
        if m.count("{") > m.count("}"):
            t = re.search(r"\b(?:struct|enum|protocol|extension|class)\s+" + NAME, m)
            f = re.search(r"\b(?:func|var)\s+" + NAME, m)
            if t:
                stmt.block = ("type", t.group(1))
            elif f:
                stmt.block = ("func", f.group(1))
            elif re.search(r"\binit\b", m):
                stmt.block = ("func", "init(from:)" if "init(from decoder" in m else "init")
            else:
                stmt.block = ("ctl", "")
            blocks.append(stmt)
    return stmts


# Facts: {(unit, kind, name): Fact}, where unit is "" for the module's operations, paginators, waiters,
# types and error codes, and the type's name for what a type holds.

def facts_of(stmts, file):
    facts = {}

    def fact(s, key, value, parent=None, name=None):
        attrs = re.match(r"((?:@\w+\(.*?\) )+)(.*)$", value) if isinstance(value, str) else None
        dkey = (key[0], "deprecation", f"{key[1]} {key[2]}")
        s.keys.add(dkey)
        if attrs:  # deprecations, a fact of their own
            value = attrs.group(2)
            facts[dkey] = Fact(attrs.group(1).strip(), key, (key[1], name or key[2]))
        facts[key] = Fact(value, parent, name or key[2])
        s.keys.add(key)

    shapes = file in ("Shapes", "Enums", "Errors")
    for s in stmts:
        types = [n for k, n in s.path if k == "type"]
        funcs = [n for k, n in s.path if k == "func"]
        top, unit, t = (types[0] if types else ""), ".".join(types), s.text
        if s.block and s.block[0] == "type":
            s.keys.add((s.block[1] if not s.path else top, "*", "*"))
            if not s.path and not t.startswith("extension"):
                what = ("error" if "AWSModeledError" in t else "enum" if "AWSEnum" in t else "union"
                        if re.search(r"\benum\b", t) else "protocol" if "protocol " in t else "struct")
                fact(s, ("", "type", s.block[1]), what)
        elif s.block and s.block[0] == "func" and not funcs:
            name = s.block[1]
            s.keys.add((top, "*", "*"))
            if shapes or file == "Endpoints":
                continue
            parent = None
            if file == "Client" and name != "init":
                key, parent = ("", "client method", name), ("", "operation", name)
            elif file == "Paginators":
                key = ("", "paginator", name)
                parent = ("", "paginator", name[:-5] + "Pages") if name.endswith("Items") else None
            elif file == "Waiters" and name.startswith("waitUntil"):
                key, parent = ("", "waiter method", name), ("", "waiter", norm(name[9:]))
            else:
                key = (unit, "func", name)
            fact(s, key, f"{t} {'; '.join(b.text for b in s.body)} }}", parent, name)
            for b in s.body:
                b.keys.add(key)
        elif s.block:  # a control block in a function
            s.keys.add((top, "*", "*"))
        elif funcs:
            check = (re.match(r"try AWSValidation\.check\(self\." + NAME + r", (.*), path, \"", t) or
                     re.match(r"case \." + NAME + r"\(let value\): try AWSValidation\.check\(value, (.*), path, \"", t))
            if check:
                fact(s, (top, "constraint", norm(check.group(1))), check.group(2), (top, "member", norm(check.group(1))),
                     check.group(1))
            s.keys |= {(top, "member", norm(n)) for n in re.findall(r"(?:self\.|case \.|forKey: \.)" + NAME, t)}
            mirror = re.match(r"Mirror\(self, children: \[(.*)\]\)$", t)
            if mirror:
                s.keys |= {(top, "redaction", "*"), (top, "member", "*")}
                for item in split_top(mirror.group(1)):
                    n = re.match(r'"(\w+)": ', item)
                    if n and "AWSRedacted" in item:
                        fact(s, (top, "redaction", norm(n.group(1))), True, (top, "member", norm(n.group(1))), n.group(1))
        elif re.match(r"(?:@.*\) )?(?:public |private )?static (?:let|var) ", t):
            m = re.match(r"(?:@.*\) )?(?:public |private )?static (?:let|var) " + NAME + r"(?:: ([^=]+?))?(?: = (.*))?$", t)
            name, value = m.group(1), m.group(3) or ""
            if value.startswith("Self(rawValue: "):
                fact(s, (top, "value", name), value[15:-1], ("", "type", top), value[15:-1].strip('"'))
            elif name == "knownValues":
                s.keys.add((top, "value", "*"))
            elif name == "awsMembers":
                s.keys.add((top, "binding", "*"))
                for item in split_top(inner(value, "[")):
                    wire, rest = re.match(r'AWSMember\("(\w+)",? ?(.*)\)$', item).groups()
                    fact(s, (top, "binding", norm(wire)), rest, (top, "member", norm(wire)), wire)
            elif name == "errors":
                s.keys.add(("", "error code", "*"))
                for item in split_top(inner(value, "[")):
                    code, error = re.match(r'"(.*)": (\w+)\.self$', item).groups()
                    fact(s, ("", "error code", code), error, ("", "type", error))
            elif value.startswith("AWSOperation("):
                fact(s, ("", "descriptor", name), inner(value, "AWSOperation("), ("", "operation", name))
            elif value.startswith("AWSWaiter("):
                waiter = re.search(r'name: "(\w+)"', value).group(1)
                fact(s, ("", "waiter", norm(name)), inner(value, "AWSWaiter("), None, waiter)
            else:
                fact(s, (unit, "static", name), t, ("", "type", top) if top else None)
        elif re.match(r"(?:public |private )?(?:let|var) ", t):
            m = re.match(r"(?:public |private )?(?:let|var) " + NAME + r"(?:: ([^=]+?))?(?: = (.*))?$", t)
            value = (m.group(2) or "") + (" = " + m.group(3) if m.group(3) else "")
            fact(s, (top, "member", norm(m.group(1))), value.strip(), ("", "type", top), m.group(1))
        elif re.match(r"case " + NAME, t):
            m = re.match(r"case " + NAME + r"(?:\((.*)\))?(?: = (.*))?$", t)
            if types[-1] == "CodingKeys":
                fact(s, (top, "coding key", norm(m.group(1))), m.group(3) or "", (top, "member", norm(m.group(1))),
                     m.group(1))
            else:  # a union's case
                fact(s, (top, "member", norm(m.group(1))), m.group(2) or "", ("", "type", top), m.group(1))
        elif file == "Client" and re.match(r"(?:@.*\) )?func " + NAME + r"\(", t):
            name = re.match(r"(?:@.*\) )?func " + NAME, t).group(1)
            fact(s, ("", "operation", name), t, ("", "type", top), name)
        if t.startswith("import "):  # what the types use
            s.keys.add(("*", "*", "*"))
        if re.search(r"\benum CodingKeys\b|\binit\(", t):
            s.keys.add((top, "coding key", "*"))
    return facts


def read_side(folder):
    """Statements, facts, and raw and loosened lines per file kind of one output folder."""
    stmts, facts, raw, loose, pattern = [], {}, {}, {}, None
    for name in sorted(os.listdir(folder)):
        file = next((k for k in FILE_KINDS if name.endswith(k + ".swift")), name)
        text, pattern = loosened(os.path.join(folder, name))
        raw[file] = open(os.path.join(folder, name), encoding="utf-8").read().split("\n")
        loose[file] = text.split("\n")
        parsed = parse(file, text)
        facts.update(facts_of(parsed, file))
        stmts += parsed
    return stmts, facts, raw, loose, pattern


def compare(botocore_folder, smithy_folder):
    """The differing facts [(key, botocore Fact or None, smithy Fact or None, operations it holds)] of a
    twin, the other changed lines {declaration: count}, and {loosening: lines set aside}."""
    (sa, fa, raw_a, loose_a, pattern), (sb, fb, raw_b, loose_b, _) = read_side(botocore_folder), read_side(smithy_folder)
    aside = set_aside((raw_a, raw_b), (loose_a, loose_b), pattern)
    differing = {k for k in set(fa) | set(fb) if (fa.get(k) and fa[k].value) != (fb.get(k) and fb[k].value)
                 or (k in fa) != (k in fb)}
    one_sided = {k for k in differing if (k in fa) != (k in fb)}
    matching = differing | {(u, k, "*") for u, k, _ in differing} | {(u, "*", "*") for u, _, _ in differing}
    matching |= {("*", "*", "*")} if differing else set()

    def folded(key):  # the fact that exists on one side only that key belongs to, if any
        parent = (fa.get(key) or fb.get(key)).parent
        while parent:
            if parent in one_sided:
                return parent
            parent = (fa.get(parent) or fb.get(parent) or Fact(None, None, None)).parent
        return None

    other = collections.Counter()
    for mine, theirs in ((sa, sb), (sb, sa)):
        left = collections.Counter((s.file, s.path, s.text) for s in theirs)
        extra = []
        for s in mine:
            if left[(s.file, s.path, s.text)]:
                left[(s.file, s.path, s.text)] -= 1
            else:
                extra.append(s)
        explained = set()
        for s in reversed(extra):  # nested statements before the blocks around them
            top = next((n for k, n in s.path + (s.block or ("", ""),) if k == "type"), "")
            if s.keys & matching or ("", "type", top) in differing or any(id(b) in explained for b in s.body):
                explained.add(id(s))
            else:
                other[f"{s.file} `{top or s.text[:40]}`"] += 1
                if os.environ.get("DEBUG"):
                    print("other:", s.file, s.path, s.text, file=sys.stderr)
    operations = collections.Counter(folded(k) for k in differing if k[1] == "operation")
    differences = [(k, fa.get(k), fb.get(k), operations[k]) for k in sorted(differing) if not folded(k)]
    return differences, other, aside


# Rendering.

SIDE = ("botocore only", "Smithy only")
KIND_ORDER = ["type", "operation", "paginator", "waiter", "error code", "client method", "waiter method"]


def code(text):
    if text is None:
        return "none"
    text = str(text) if len(str(text)) <= 160 else str(text)[:150] + "…"
    tick = "``" if "`" in text else "`"
    return f"{tick}{text}{tick}"


def changed(a, b, label=""):
    return f"{label}botocore {code(a)}, Smithy {code(b)}"


def changed_args(a, b, uri=False):
    """The differing `label: value` arguments of two argument lists, renamed URI labels told as such."""
    def args(text):
        items = [re.match(r"(\w+): (.*)$", item, re.S) for item in split_top(text)]
        return {m.group(1) if m else f"#{n}": m.group(2) if m else item
                for n, (m, item) in enumerate(zip(items, split_top(text)))}
    a, b = args(a), args(b)
    parts = []
    for k in list(a) + [k for k in b if k not in a]:
        x, y = a.get(k), b.get(k)
        if x == y:
            continue
        labels = [re.findall(r"\{[^}]*\}", v or "") for v in (x, y)]
        if uri and x and y and re.sub(r"\{[^}]*\}", "{}", x) == re.sub(r"\{[^}]*\}", "{}", y):
            parts += [f"URI label {changed(p, q)}" for p, q in zip(*labels) if p != q]
        elif uri and x and y and re.fullmatch(r'\.uri\("\w+"(, greedy: \w+)\)', x) and x.split('"')[2] == y.split('"')[2]:
            parts.append(f"URI label {changed(x.split(chr(34))[1], y.split(chr(34))[1])}")
        else:
            parts.append(changed(x, y, "" if k.startswith("#") else k + " "))
    return parts


def changed_text(a, b):
    """Two long texts without the start and end they share."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    i, j = max(0, i - 30), max(0, j - 30)
    cut = lambda s: ("…" if i else "") + s[i: len(s) - j] + ("…" if j else "")
    return changed(cut(a), cut(b))


def render(differences, other):
    """Markdown bullets: what one side has alone, by kind; deprecations; changes of operations and the
    like; then what differs within types, a difference shared by several types listed once."""
    heads, bullets, per_type = [], [], collections.defaultdict(list)
    only = collections.defaultdict(list)  # (kind, side) -> labels
    deprecated = collections.defaultdict(list)  # (side, attribute) -> labels
    operations = collections.defaultdict(list)  # part -> operations
    for (unit, kind, _), a, b, held in differences:
        name, side = (a or b).name, SIDE[0 if b is None else 1]
        if kind == "deprecation":
            what, name = name
            if a and b:
                bullets.append(f"deprecation of {what} `{name}`: " + changed(a.value, b.value))
            elif what != "client method":  # the operation's says it
                deprecated[(side, (a or b).value)].append(f"{what} `{name}`")
        elif unit and (a is None or b is None):
            per_type[unit].append(((kind, side), name if kind != "member" else f"{name}: {(a or b).value}"))
        elif unit:
            per_type[unit].append((None, describe(kind, name, a, b)))
        elif a is None or b is None:
            label = f"{(a or b).value} `{name}`" if kind == "type" else f"`{name}`"
            only[(kind, side)].append(label + (f" ({held} operations)" if held else ""))
        elif kind == "type":
            bullets.append(f"`{name}` is a {a.value} in botocore, a {b.value} in Smithy")
        elif kind == "descriptor":
            for part in changed_args(a.value, b.value, uri=True):
                operations[part].append(name)
        elif kind == "error code":
            bullets.append(f"error code `{name}`: " + changed(a.value, b.value))
        else:
            bullets.append(f"{kind} `{name}`: " + changed_text(a.value, b.value))
    order = lambda kind: KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    for (kind, side), labels in sorted(only.items(), key=lambda i: (order(i[0][0]), i[0])):
        heads.append(f"{plural(kind, len(labels))} ({side}): " + ", ".join(sorted(labels)))
    for (side, attribute), labels in sorted(deprecated.items()):
        heads.append(f"deprecated ({side}, {code(attribute)}): " + ", ".join(sorted(labels)))
    for part, names in sorted(operations.items()):
        bullets.append(f"{part}: in {plural('operation', len(names))} " + ", ".join(f"`{n}`" for n in sorted(names)))
    where = collections.defaultdict(list)  # part -> types
    for unit, items in per_type.items():
        grouped = collections.defaultdict(list)
        for group, item in items:
            if group:
                grouped[group].append(item)
            else:
                where[item].append(unit)
        for (kind, side), names in grouped.items():
            label = {"value": "enum value", "constraint": "constraint on", "binding": "binding of",
                     "coding key": "coding key", "redaction": "redaction of"}.get(kind, kind)
            where[f"{plural(label, len(names))} {', '.join(f'`{n}`' for n in sorted(names))} ({side})"].append(unit)
    by_type = collections.defaultdict(list)
    for part, units in where.items():
        if len(units) > 1:
            bullets.append(f"{part}: in {len(units)} types " + ", ".join(f"`{u}`" for u in sorted(units)))
        else:
            by_type[units[0]].append(part)
    bullets += [f"`{unit}`: " + "; ".join(parts) for unit, parts in sorted(by_type.items())]
    if other:
        bullets.append(f"{sum(other.values())} other changed lines: " +
                       ", ".join(f"{where} ({n})" for where, n in sorted(other.items())))
    return heads + bullets


def plural(word, n):
    return word if n == 1 else word + "s" if not word.endswith(" of") and not word.endswith(" on") else word


def describe(kind, name, a, b):
    """A fact of a type that both sides have, with different values."""
    if kind == "constraint" and a.value.startswith(".init(") and b.value.startswith(".init("):
        return f"`{name}` " + "; ".join(changed_args(inner(a.value, ".init("), inner(b.value, ".init(")))
    if kind == "binding":
        return f"binding of `{name}`: " + "; ".join(changed_args(a.value, b.value, uri=True))
    if kind == "redaction":
        return f"redaction of `{name}` ({SIDE[0 if a.value else 1]})"
    label = {"member": "type of", "value": "raw value of"}.get(kind, kind)
    return f"{label} `{name}`: " + changed(a.value or name, b.value or name)


def markdown(work, index, data, wanted):
    try:
        import botocore
        installed = os.path.join(os.path.dirname(botocore.__file__), "data")
        same = os.path.realpath(installed) == os.path.realpath(data)
        source = f"botocore {botocore.__version__}" if same else f"the botocore data in `{data}`"
    except ImportError:
        source = f"the botocore data in `{data}`"
    entries = [e for e in json.load(open(index)) if not wanted or e["smithy_file"] in wanted]
    identical, loose, different = [], [], []
    for e in entries:
        folders = [os.path.join(work, e["smithy_file"][:-5], side) for side in ("botocore", "smithy")]
        names = [sorted(os.listdir(f)) for f in folders]
        read = lambda folder, name: open(os.path.join(folder, name), "rb").read()
        if names[0] == names[1] and all(read(folders[0], n) == read(folders[1], n) for n in names[0]):
            identical.append(e)
            continue
        differences, other, e["aside"] = compare(*folders)
        if names[0] == names[1] and all(loosened(os.path.join(folders[0], n))[0] ==
                                        loosened(os.path.join(folders[1], n))[0] for n in names[0]):
            assert not differences and not other, e["smithy_file"]
            loose.append(e)
        else:
            e["bullets"] = render(differences, other)
            assert e["bullets"], e["smithy_file"] + ": differs, but no difference found"
            different.append(e)

    aside = lambda e: ", ".join(f"{name} ({n} lines)" for name, n in e["aside"].items()) or "nothing"
    out = [
        "# Smithy twins: how the generated Swift differs",
        "",
        f"`Tests/Corpus/smithy-twins.sh` generates Swift from each of the {len(entries)} Smithy JSON AST models of "
        f"`/work/shared/models/smithy` (aws/api-models-aws snapshot) and from its twin in {source}, and compares the "
        "two output folders; `Tests/Corpus/smithy-twin-report.py` wrote this report (`REPORT=` of the script).",
        "",
        f"- Identical: **{len(identical)}**",
        f"- Identical after loosening: **{len(loose)}**: `smithy-loosen.py` sets aside doc comments, endpoint "
        "rules, the `^…$` anchors and `.*` padding of patterns, and a length minimum of 0",
        f"- Different: **{len(different)}**, listed below with what differs once loosened",
        "",
        "How to read the lists: \"botocore only\" is in the Swift from botocore, a later release than the Smithy "
        "snapshot, which mostly has what was added since; \"Smithy only\" is in the Swift from the Smithy model. "
        "Changed values read \"botocore `x`, Smithy `y`\". Names are the Swift ones, except enum values, error "
        "codes, waiters and bindings, which show the model's. A bullet `Type`: lists what differs within that "
        "type: members, enum values (+ botocore only, − Smithy only), constraints (`validate`), bindings "
        "(`awsMembers`), coding keys, redactions. What a new type or operation holds is not listed again. "
        "Operations' error lists are not part of the Swift; an error added to the model shows as an error type "
        "and error code. \"Other changed lines\" counts the differing lines that no listed difference accounts "
        "for, by file and declaration. \"Set aside\" counts the differing lines that each loosening removes.",
        "",
        f"## Identical ({len(identical)})",
        "",
        ", ".join(f"`{e['smithy_file']}`" for e in identical) or "None.",
        "",
        f"## Identical after loosening ({len(loose)})",
        "",
        "| Twin | botocore | Set aside |",
        "| --- | --- | --- |",
    ]
    out += [f"| `{e['smithy_file']}` | {e['botocore_service']} {e['api_version']} | {aside(e)} |" for e in loose]
    out += ["", f"## Different ({len(different)})", ""]
    for e in different:
        out += [f"### `{e['smithy_file']}` (botocore {e['botocore_service']} {e['api_version']})", "",
                f"Set aside: {aside(e)}.", ""] + [f"- {b}" for b in e["bullets"]] + [""]
    return "\n".join(out)


if __name__ == "__main__":
    if sys.argv[1] == "--markdown":
        print(markdown(sys.argv[2], sys.argv[3], sys.argv[4], set(sys.argv[5:])), end="")
    else:
        differences, other, aside = compare(sys.argv[1], sys.argv[2])
        print("set aside:", ", ".join(f"{name} ({n} lines)" for name, n in aside.items()) or "nothing")
        for bullet in render(differences, other) or ["identical once loosened"]:
            print("- " + bullet)
