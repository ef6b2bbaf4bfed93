"""Where each declaration goes: its area, its order, and its header file.

A declaration is a definition, an enum declared inside a property or a
parameter, or a family (the `family<>` specialization, placed after its
kinds). Declarations are ordered so that every type a declaration needs
complete comes first; a recursive group (only through std::vector, which
takes an incomplete element) stays in one file, its structs declared ahead
and their operator== defined after the group."""

import heapq
import re

from .spec import Array, FreeJson, Map, Ref, Scalar


class Decl:
    def __init__(self, key, area, order):
        self.key = key          # definition name, or "family:Name"
        self.area = area
        self.order = order      # spec order, for stable output
        self.strong = set()     # declarations that must be complete first
        self.weak = set()       # declarations that must be declared first
        self.group = None       # the recursive group it belongs to, if any
        self.file = None


class Layout:
    def __init__(self, spec):
        self.spec = spec
        self.decls = {}
        self._declare()
        self._link()
        self._assign_areas()
        self._order()

    # ---- declarations ---------------------------------------------------------

    def family_key(self, name):
        return "family:" + name

    def _declare(self):
        s = self.spec
        order = 0
        for name, d in list(s.defs.items()) + list(s.extra_enums.items()):
            if d.shape == "struct" and d.closed_key:
                self.decls[self.family_key(name)] = Decl(self.family_key(name), "", order)
            else:
                self.decls[name] = Decl(name, "", order)
                if d.is_family:
                    self.decls[self.family_key(name)] = Decl(self.family_key(name), "", order)
            order += 1

    def type_deps(self, t, weak=False):
        """(strong, weak) declarations a member of type t needs."""
        s = self.spec
        t = s.resolve(t)
        if isinstance(t, Scalar) or isinstance(t, FreeJson):
            return set(), set()
        if isinstance(t, Array):
            st, wk = self.type_deps(t.item)
            return set(), st | wk
        if isinstance(t, Map):
            return self.type_deps(t.value)
        d = s.lookup(t.name)
        if d.shape == "array":
            return self.type_deps(Array(d.target))
        if d.shape == "map":
            return self.type_deps(Map(d.target))
        if d.shape == "json":
            return set(), set()
        if d.shape == "struct" and (d.is_family or d.closed_key):
            return {self.family_key(d.name)}, set()
        return {d.name}, set()

    def _link(self):
        s = self.spec
        for key, decl in self.decls.items():
            if key.startswith("family:"):
                d = s.defs[key[7:]]
                decl.strong |= {k for k, _ in d.family_kinds}
                if not d.closed_key:
                    decl.strong.add(d.name)
                continue
            d = s.lookup(key)
            if d.shape == "struct":
                members = d.members
                if self.closed_kind(d):
                    members = self.kind_members(d)
                else:
                    decl.strong |= set(d.bases)
                for m in members:
                    st, wk = self.type_deps(m.type)
                    decl.strong |= st
                    decl.weak |= wk
            elif d.shape in ("alias", "array", "map"):
                st, wk = self.type_deps(d.target if d.shape != "array" else Array(d.target))
                decl.strong |= st | wk
            for k in list(decl.strong) + list(decl.weak):
                assert k in self.decls, f"{key} needs {k}, which is not declared"
            decl.strong.discard(key)
            decl.weak -= decl.strong
            decl.weak.discard(key)

    def closed_kind(self, d):
        """The closed family d is a kind of, if any."""
        for b in d.bases:
            root = self.spec.defs[b]
            if root.closed_key:
                return root
        return None

    def kind_members(self, d):
        root = self.closed_kind(d)
        return [m for m in self.spec.all_members(d) if m.name != root.discriminator]

    # ---- areas ----------------------------------------------------------------

    def _reach(self):
        """For each declaration, the operation tags whose operations reach it."""
        raw = self.spec.raw
        params = raw.get("parameters", {})
        reach = {k: set() for k in self.decls}

        def refs(o, acc):
            if isinstance(o, dict):
                for k, v in o.items():
                    if k == "$ref":
                        acc.add(v.split("/")[-1])
                    else:
                        refs(v, acc)
            elif isinstance(o, list):
                for v in o:
                    refs(v, acc)
            return acc

        def enum_names(o, acc):
            if isinstance(o, dict):
                name = o.get("x-ms-enum", {}).get("name")
                if "enum" in o and name in self.decls:
                    acc.add(name)
                for v in o.values():
                    enum_names(v, acc)
            elif isinstance(o, list):
                for v in o:
                    enum_names(v, acc)
            return acc

        for ops in raw["paths"].values():
            for method, op in ops.items():
                if not isinstance(op, dict) or "tags" not in op:
                    continue
                start = refs(op, set())
                for p in list(start):
                    if p in params:
                        start |= refs(params[p], set()) | enum_names(params[p], set())
                start |= enum_names(op, set())
                stack = [k for k in start if k in self.decls or self.family_key(k) in self.decls]
                seen = set()
                while stack:
                    k = stack.pop()
                    if k not in self.decls:
                        k = self.family_key(k)
                    if k in seen:
                        continue
                    seen.add(k)
                    decl = self.decls[k]
                    stack += list(decl.strong | decl.weak)
                    if not k.startswith("family:") and self.family_key(k) in self.decls:
                        stack.append(self.family_key(k))
                for k in seen:
                    reach[k].add(op["tags"][0])
        return reach

    def _assign_areas(self):
        o = self.spec.overrides["areas"]
        patterns = [(re.compile(p), a) for p, a in o["patterns"]]
        tags = o["tags"]
        reach = self._reach()
        for key, decl in self.decls.items():
            name = key[7:] if key.startswith("family:") else key
            area = next((a for rx, a in patterns if rx.search(name)), None)
            if area is None:
                areas = {tags[t] for t in reach[key]}
                area = areas.pop() if len(areas) == 1 else "common"
            decl.area = area
        # a declaration nobody reaches follows its base, else what needs it
        for key, decl in self.decls.items():
            if decl.area == "common" and not reach[key] and not key.startswith("family:"):
                d = self.spec.lookup(key)
                if d.shape == "struct" and d.bases:
                    decl.area = self.decls[d.bases[0]].area if d.bases[0] in self.decls else decl.area
        # an enum declared inside a property lives with its definition
        for name, d in self.spec.extra_enums.items():
            users = [k for k, x in self.decls.items() if name in x.strong]
            if users and not d.from_parameter:
                self.decls[name].area = self.decls[min(users, key=lambda k: self.decls[k].order)].area

    # ---- order ----------------------------------------------------------------

    def _sccs(self):
        index, low, on, stack, out = {}, {}, set(), [], []
        counter = [0]
        keys = sorted(self.decls, key=lambda k: self.decls[k].order)

        def visit(v):
            work = [(v, iter(sorted(self.decls[v].strong | self.decls[v].weak)))]
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            while work:
                node, it = work[-1]
                advanced = False
                for w in it:
                    if w not in index:
                        index[w] = low[w] = counter[0]
                        counter[0] += 1
                        stack.append(w)
                        on.add(w)
                        work.append((w, iter(sorted(self.decls[w].strong | self.decls[w].weak))))
                        advanced = True
                        break
                    elif w in on:
                        low[node] = min(low[node], index[w])
                if advanced:
                    continue
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    out.append(comp)

        for k in keys:
            if k not in index:
                visit(k)
        return out

    def _order(self):
        groups = self._sccs()
        group_of = {}
        for i, g in enumerate(groups):
            for k in g:
                group_of[k] = i
            if len(g) > 1:
                area = self.decls[min(g, key=lambda k: self.decls[k].order)].area
                for k in g:
                    self.decls[k].group = i
                    self.decls[k].area = area
        # the groups in dependency order, spec order breaking ties
        deps = {i: set() for i in range(len(groups))}
        for k, decl in self.decls.items():
            for w in decl.strong | decl.weak:
                if group_of[w] != group_of[k]:
                    deps[group_of[k]].add(group_of[w])
        self.sequence = []
        for i in self._topo(deps, lambda i: min(self.decls[k].order for k in groups[i])):
            g = groups[i]
            if len(g) == 1:
                self.sequence.append(g)
                continue
            inner = {k: {w for w in self.decls[k].strong if w in g} for k in g}
            self.sequence.append(self._topo(inner, lambda k: self.decls[k].order))

    @staticmethod
    def _topo(deps, rank):
        users = {k: set() for k in deps}
        count = {k: len(v) for k, v in deps.items()}
        for k, v in deps.items():
            for w in v:
                users[w].add(k)
        ready = [(rank(k), k) for k, c in count.items() if c == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            _, k = heapq.heappop(ready)
            out.append(k)
            for u in users[k]:
                count[u] -= 1
                if count[u] == 0:
                    heapq.heappush(ready, (rank(u), u))
        assert len(out) == len(deps), "the strong dependencies have a cycle"
        return out

    # ---- files ----------------------------------------------------------------

    def split(self, lines_of, limit):
        """Packs each area's groups into files of about `limit` lines, in
        dependency order, starting a new file wherever adding a group would
        make two files include each other. Returns {area: [[keys...], ...]}."""
        files = []          # (area, [keys])
        edges = []          # the files each file includes
        open_file = {}      # area -> index of the file being filled
        where = {}          # key -> file index
        size = []

        def reaches(start, target):
            seen, stack = set(), [start]
            while stack:
                n = stack.pop()
                if n == target:
                    return True
                if n not in seen:
                    seen.add(n)
                    stack += list(edges[n])
            return False

        for group in self.sequence:
            area = self.decls[group[0]].area
            lines = sum(lines_of(k) for k in group)
            needs = set()
            for k in group:
                for w in self.decls[k].strong | self.decls[k].weak:
                    if w in where:
                        needs.add(where[w])
            f = open_file.get(area)
            if f is not None:
                if any(n != f and reaches(n, f) for n in needs) or size[f] + lines > limit:
                    f = None
            if f is None:
                f = len(files)
                files.append((area, []))
                edges.append(set())
                size.append(0)
                open_file[area] = f
            files[f][1].extend(group)
            size[f] += lines
            edges[f] |= needs - {f}
            for k in group:
                where[k] = f
        out = {}
        for area, keys in files:
            out.setdefault(area, []).append(keys)
        return out, where, files
