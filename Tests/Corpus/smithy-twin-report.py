"""Lists, declaration by declaration, how the Swift generated from a Smithy model differs from the Swift
generated from its botocore twin, once `smithy-loosen.py` has set aside doc comments, endpoint rules,
pattern anchors, a length minimum of 0 and waiters' time limits.

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
Twin = collections.namedtuple("Twin", "differences other aside both inputs")


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
        "waiter time limits": lambda line: None if line.lstrip().startswith("maxDelay: .seconds(")
        else re.sub(r"maxWait: Duration = \.seconds\(\d+\)", "maxWait: Duration", line),
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
                        if re.search(r"\benum\b", t) else "protocol" if "protocol " in t else
                        "client" if file == "Client" else "struct")
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
                key, parent = (unit, "func", name), ("", "type", top)
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
                for item in split_top(inner(value, "[")) if value != "[:]" else []:
                    code, error = re.match(r'"(.*)": (\w+)\.self$', item).groups()
                    fact(s, ("", "error code", code), error, [("", "type", error), ("", "type", top)])
            elif value.startswith("AWSOperation("):
                fact(s, ("", "descriptor", name), inner(value, "AWSOperation("), ("", "operation", name))
            elif value.startswith("AWSServiceDescriptor("):
                fact(s, ("", "service", "descriptor"), inner(value, "AWSServiceDescriptor("), ("", "type", top))
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
        if re.search(r"\benum CodingKeys\b|\binit\(", t):  # derived from the members and their coding keys
            s.keys |= {(top, "coding key", "*"), (top, "member", "*")}
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
    """A Twin: the differing facts [(key, botocore Fact or None, smithy Fact or None, operations it
    holds)], the other changed lines {declaration: count}, {loosening: lines set aside}, the names of
    the operations and of the types of each kind on both sides, and {operation: input type}."""
    (sa, fa, raw_a, loose_a, pattern), (sb, fb, raw_b, loose_b, _) = read_side(botocore_folder), read_side(smithy_folder)
    aside = set_aside((raw_a, raw_b), (loose_a, loose_b), pattern)
    differing = {k for k in set(fa) | set(fb) if (fa.get(k) and fa[k].value) != (fb.get(k) and fb[k].value)
                 or (k in fa) != (k in fb)}
    one_sided = {k for k in differing if (k in fa) != (k in fb) or k[1] == "type"}  # or of another kind
    matching = differing | {(u, k, "*") for u, k, _ in differing} | {(u, "*", "*") for u, _, _ in differing}
    matching |= {("*", "*", "*")} if differing else set()

    def folded(key):  # the fact that exists on one side only that key belongs to, if any
        parents = parents_of(key)
        while parents:
            parent = parents.pop(0)
            if parent in one_sided:
                return parent
            parents += parents_of(parent)
        return None

    def parents_of(key):  # a fact belongs to one fact, or to each of a list of them
        parent = (fa.get(key) or fb.get(key) or Fact(None, None, None)).parent
        return list(parent) if isinstance(parent, list) else [parent] if parent else []

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
    both = collections.defaultdict(set)  # "operation" or a type's kind -> names on both sides
    for k in set(fa) & set(fb):
        if k[0] == "" and k[1] in ("type", "operation"):
            both["operation" if k[1] == "operation" else fa[k].value].add(k[2])
    inputs = {k[2]: re.search(r"\(_ input: (\w+)\)", f.value).group(1) for k, f in {**fb, **fa}.items()
              if k[1] == "operation" and "_ input:" in f.value}
    return Twin(differences, other, aside, both, inputs)


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
    if a and b and len(a) > 80 and len(b) > 80:
        return label + changed_text(a, b)
    return f"{label}botocore {code(a)}, Smithy {code(b)}"


def arg_changes(a, b):
    """[(label, botocore value, Smithy value)] of the arguments that differ between two argument lists;
    unlabelled arguments are labelled by position, #0, #1…"""
    def args(text):
        return {m.group(1) if m else f"#{n}": m.group(2) if m else item
                for n, item in enumerate(split_top(text)) for m in [re.match(r"(\w+): (.*)$", item, re.S)]}
    a, b = args(a), args(b)
    return [(k, a.get(k), b.get(k)) for k in list(a) + [k for k in b if k not in a] if a.get(k) != b.get(k)]


def changed_args(a, b):
    return [changed(x, y, "" if k.startswith("#") else k + " ") for k, x, y in arg_changes(a, b)]


def renamed_labels(x, y):
    """[(botocore label, Smithy label)] when two request URIs or two `.uri` bindings differ in the names
    of their labels only, else None."""
    binding = r'\.uri\("([^"]+)"(, greedy: \w+)\)'
    if x and y and re.fullmatch(binding, x) and re.fullmatch(binding, y):
        (p, g), (q, h) = re.fullmatch(binding, x).groups(), re.fullmatch(binding, y).groups()
        return [(p, q)] if g == h else None
    label = r"\{([^}]*?)\+?\}"
    if not x or not y or re.sub(label, "{}", x) != re.sub(label, "{}", y):
        return None
    return [(p, q) for p, q in zip(re.findall(label, x), re.findall(label, y)) if p != q]


def changed_text(a, b):
    """Two long texts without the start and end they share."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    i, j = max(0, i - 20), max(0, j - 20)
    cut = lambda s: ("…" if i else "") + s[i: len(s) - j] + ("…" if j else "")
    return f"botocore {code(cut(a))}, Smithy {code(cut(b))}"


def listing(names, both, noun):
    """`a`, `b` or, when names are most of the operations or types of a kind on both sides, a count and
    the few that are left out."""
    names = sorted(set(names))
    kind = next((k for k, v in both.items() if set(names) <= v), None)
    rest = sorted(both[kind] - set(names)) if kind else None
    if kind and len(names) > 10 and len(rest) < len(names) / 4:
        things = "operations" if kind == "operation" else f"{kind} types"
        if not rest:
            return f"all {len(names)} {things}"
        return f"{len(names)} of the {len(both[kind])} {things} (all but " + ", ".join(f"`{n}`" for n in rest) + ")"
    return f"{len(names)} {noun}{'s' if len(names) > 1 else ''} " + ", ".join(f"`{n}`" for n in names)


def render(differences, other, both, inputs):
    """Markdown bullets: what one side has alone, by kind; deprecations; changes of operations and the
    like; then what differs within types, a difference shared by several types listed once."""
    heads, bullets, per_type = [], [], collections.defaultdict(list)
    only = collections.defaultdict(list)  # (kind, side) -> labels
    deprecated = collections.defaultdict(list)  # (side, attribute) -> labels
    operations = collections.defaultdict(list)  # part -> operations
    label_operations, label_types = collections.defaultdict(list), collections.defaultdict(list)
    for (unit, kind, _), a, b, held in differences:
        name, side = (a or b).name, SIDE[0 if b is None else 1]
        if kind == "deprecation":
            what, name = name
            if a and b:
                bullets.append(f"deprecation of {what} `{name}`: " + changed(a.value, b.value))
            elif what != "client method":  # the operation's says it
                deprecated[(side, (a or b).value)].append((what, name))
        elif unit and (a is None or b is None):
            per_type[unit].append(((kind, side), name if kind != "member" else f"{name}: {(a or b).value}"))
        elif unit and kind == "binding" and renamed_labels(a.value, b.value):
            label_types[renamed_labels(a.value, b.value)[0]].append(unit)
        elif unit:
            per_type[unit].append((None, describe(kind, name, a, b)))
        elif a is None or b is None:
            label = f"{(a or b).value} `{name}`" if kind == "type" else f"`{name}`"
            only[(kind, side)].append(label + (f" ({held} operations)" if held else "") +
                                      (" (service descriptor, error codes)" if (a or b).value == "client" else ""))
        elif kind == "type":
            bullets.append(f"`{name}` is a {a.value} in botocore, a {b.value} in Smithy")
        elif kind == "service":
            bullets.append("service descriptor: " + "; ".join(changed_args(a.value, b.value)))
        elif kind == "descriptor":
            for k, x, y in arg_changes(a.value, b.value):
                for renamed in (renamed_labels(x, y) if k == "requestURI" else None) or [None]:
                    if renamed:
                        label_operations[renamed].append(name)
                    else:
                        operations[(k, x, y)].append(name)
        elif kind == "error code":
            bullets.append(f"error code `{name}`: " + changed(a.value, b.value))
        else:
            bullets.append(f"{kind} `{name}`: " + changed(a.value, b.value))
    order = lambda kind: KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    for (kind, side), labels in sorted(only.items(), key=lambda i: (order(i[0][0]), i[0])):
        heads.append(f"{plural(kind, len(labels))} ({side}): " + ", ".join(sorted(labels)))
    for (side, attribute), labels in sorted(deprecated.items()):
        kinds = sorted({what for what, _ in labels})
        heads.append(f"deprecated ({side}, {code(attribute)}): " + "; ".join(
            listing(names, both if what == "operation" else {}, what)
            for what in kinds for names in [[n for w, n in labels if w == what]]))
    spread = collections.defaultdict(list)  # (label, botocore value) -> Smithy values
    for k, x, y in operations:
        spread[(k, x)].append(y)
    for (k, x), ys in sorted(spread.items(), key=str):
        if len(ys) >= 5:  # e.g. botocore's "/" for a json protocol where the Smithy model has @http
            names = [n for y in ys for n in operations[(k, x, y)]]
            part = f"{k} botocore {code(x)}, Smithy {len(ys)} other values such as {code(ys[0])}"
            bullets.append(f"{part}: in " + listing(names, both, "operation"))
        else:
            bullets += [f"{changed(x, y, k + ' ')}: in " + listing(operations[(k, x, y)], both, "operation")
                        for y in ys]
    for (p, q), names in sorted(label_operations.items()):
        text = f"URI label {changed('{' + p + '}', '{' + q + '}')}: in " + listing(names, both, "operation")
        types = label_types.pop((p, q), [])
        if types and set(types) <= {inputs.get(n) for n in names}:
            text += f"; so do the `.uri` bindings of their inputs ({len(types)})"
        elif types:
            text += "; and in the `.uri` binding of " + listing(types, both, "type")
        bullets.append(text)
    for (p, q), types in sorted(label_types.items()):
        bullets.append(f"`.uri` binding label {changed(p, q)}: in " + listing(types, both, "type"))
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
            bullets.append(f"{part}: in " + listing(units, both, "type"))
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
    if kind == "redaction":
        return f"redaction of `{name}` ({SIDE[0 if a.value else 1]})"
    label = {"member": "type of", "value": "raw value of"}.get(kind, kind)
    return f"{label} `{name}`: " + changed(a.value or name, b.value or name)


def warnings(path):
    """The generator's messages, without the model path they start with."""
    if not os.path.exists(path):
        return []
    lines = [re.sub(r"^\S+: (?=warning|error)", "", line) for line in open(path, encoding="utf-8").read().splitlines()]
    return [f"{line} (×{n})" if n > 1 else line for line, n in collections.Counter(filter(None, lines)).items()]


CATEGORY = {"value": "enum value", "static": "static property", "service": "service descriptor",
            "binding": "`awsMembers` binding"}


def categories(twin):
    """The kinds of difference a twin has, for the summary table."""
    found = set()
    for (unit, kind, _), a, b, _ in twin.differences:
        where = "botocore only" if b is None else "Smithy only" if a is None else "changed"
        if kind == "descriptor" and a and b:
            found |= {"operation: URI label renamed" if k == "requestURI" and renamed_labels(x, y) else
                      f"operation: {k} ({where})" for k, x, y in arg_changes(a.value, b.value)}
        elif kind == "binding" and a and b and renamed_labels(a.value, b.value):
            found.add("`.uri` binding: label renamed")
        elif kind == "type" and a and b:
            found.add("struct in botocore, union in Smithy" if (a.value, b.value) == ("struct", "union")
                      else f"type kind: {a.value} in botocore, {b.value} in Smithy")
        elif kind == "member" and a and b:
            found.add("member: Swift type or optionality (changed)")
        elif kind != "client method":
            found.add(f"{CATEGORY.get(kind, kind)} ({where})")
    if twin.other:
        found.add("other changed lines")
    return found


def markdown(work, index, data, wanted):
    try:
        import botocore
        installed = os.path.join(os.path.dirname(botocore.__file__), "data")
        same = os.path.realpath(installed) == os.path.realpath(data)
        source = f"botocore {botocore.__version__}" if same else f"the botocore data in `{data}`"
    except ImportError:
        source = f"the botocore data in `{data}`"
    entries = [e for e in json.load(open(index)) if not wanted or e["smithy_file"] in wanted]
    identical, loose, different, tally = [], [], [], collections.Counter()
    for e in entries:
        folders = [os.path.join(work, e["smithy_file"][:-5], side) for side in ("botocore", "smithy")]
        e["warnings"] = [f"{side}: {code(w)}" for side, folder in zip(("botocore", "Smithy"), folders)
                         for w in warnings(folder + ".stderr")]
        names = [sorted(os.listdir(f)) for f in folders]
        read = lambda folder, name: open(os.path.join(folder, name), "rb").read()
        if names[0] == names[1] and all(read(folders[0], n) == read(folders[1], n) for n in names[0]):
            identical.append(e)
            continue
        twin = compare(*folders)
        e["aside"] = twin.aside
        if names[0] == names[1] and all(loosened(os.path.join(folders[0], n))[0] ==
                                        loosened(os.path.join(folders[1], n))[0] for n in names[0]):
            assert not twin.differences and not twin.other, e["smithy_file"]
            loose.append(e)
        else:
            e["bullets"] = render(twin.differences, twin.other, twin.both, twin.inputs) or [
                "other changed lines: blank lines or layout only"]
            tally.update(categories(twin))
            e["other"] = twin.other
            different.append(e)

    aside = lambda e: ", ".join(f"{name} ({n} line{'s' if n > 1 else ''})" for name, n in e["aside"].items()) or "nothing"
    out = [
        "# Smithy twins: how the generated Swift differs",
        "",
        f"`Tests/Corpus/smithy-twins.sh` generates Swift from each of the {len(entries)} Smithy JSON AST models of "
        f"`{os.path.dirname(os.path.abspath(index))}` (aws/api-models-aws snapshot) and from its twin in {source}, and compares the "
        "two output folders; `Tests/Corpus/smithy-twin-report.py` wrote this report (`REPORT=` of the script).",
        "",
        f"- Identical: **{len(identical)}**",
        f"- Identical after loosening: **{len(loose)}**: `smithy-loosen.py` sets aside doc comments, endpoint "
        "rules, the `^…$` anchors and `.*` padding of patterns, a length minimum of 0, and waiters' time limits "
        "(botocore's `maxAttempts` sets `maxWait`'s default, which Smithy's `@waitable` does not state; Smithy's "
        "`maxDelay` has no botocore counterpart)",
        f"- Different: **{len(different)}**, listed below with what differs once loosened; differing lines "
        f"that no listed difference accounts for: **{sum(sum(e['other'].values()) for e in different)}**",
        "",
        "How to read the lists:",
        "",
        "- \"botocore only\" is in the Swift from botocore, \"Smithy only\" in the Swift from the Smithy model. "
        f"{source} is the later release, so \"botocore only\" mostly means added since the snapshot. Changed "
        "values read \"botocore `x`, Smithy `y`\"; long ones lose the start and end they share (…).",
        "- Names are Swift names, except enum values, error codes, waiters and bindings, which are the model's.",
        "- Operations are the client's methods and their `AWSOperation` descriptors (method, requestURI, "
        "hostPrefix); a renamed `{label}` of a requestURI is listed once with the `.uri` bindings of the "
        "operations' inputs that follow it. Paginators are the `…Pages` and `…Items` methods.",
        "- `` `Type`: `` lists what differs within one type: members (with their Swift type), enum values, "
        "constraints checked by `validate` (min, max, pattern, element, key), `awsMembers` bindings, coding keys "
        "and redactions. A difference that several types share is listed once, \"in N types\"; \"all but\" "
        "names the few types or operations that lack it.",
        "- What a type or operation that exists on one side only holds is not listed again.",
        "- Operations' error lists are not in the Swift, only the client's table of error codes: an error "
        "added to the model shows as a new error type and error code.",
        "- \"Other changed lines\" counts differing lines that no listed difference accounts for, by file and "
        "declaration. \"Set aside\" counts the differing lines that each loosening removes.",
        "",
        "What differs, in how many of the different twins:",
        "",
        "| Difference | Twins |",
        "| --- | --- |",
    ]
    out += [f"| {kind} | {n} |" for kind, n in sorted(tally.items(), key=lambda i: (-i[1], i[0]))]
    out += [
        "",
        "## Generator warnings",
        "",
        "What `aws-codegen` printed while generating a twin; a module without the protocol's support holds "
        "the shapes only, so it lacks the client and its operations.",
        "",
    ]
    out += [f"- `{e['smithy_file']}`: " + "; ".join(e["warnings"]) for e in entries if e["warnings"]] or ["None."]
    out += [
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
                f"Set aside: {aside(e)}." + (" Generator warnings: " + "; ".join(e["warnings"]) + "."
                                             if e["warnings"] else ""), ""] + [f"- {b}" for b in e["bullets"]] + [""]
    return "\n".join(out)


if __name__ == "__main__":
    if sys.argv[1] == "--markdown":
        print(markdown(sys.argv[2], sys.argv[3], sys.argv[4], set(sys.argv[5:])), end="")
    else:
        twin = compare(sys.argv[1], sys.argv[2])
        print("set aside:", ", ".join(f"{name} ({n} line{'s' if n > 1 else ''})" for name, n in twin.aside.items()) or "nothing")
        for bullet in render(twin.differences, twin.other, twin.both, twin.inputs) or ["identical once loosened"]:
            print("- " + bullet)
