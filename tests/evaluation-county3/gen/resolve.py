"""Name matching and orphan logic shared by the generator's self-checks (check.py has its own copy)."""

EVAL = "2025-06-30"
TRANS = str.maketrans({"（": "(", "）": ")", "\u3000": " "})


def norm(s):
    return "".join((s or "").translate(TRANS).split())


def parent_jur(j):
    return j.split("/")[0] if "/" in j else None


class Store:
    def __init__(self, units, sections):
        self.units = {}      # (jur, normname) -> unit dict
        self.alias = {}      # (jur, normalias) -> unit dict
        for u in units:
            self.units[(u["jur"], norm(u["name"]))] = u
            u["secs"] = {}
        for u in units:
            for a in [x for x in u.get("aliases", "").replace(";", "；").split("；") if x.strip()]:
                self.alias[(u["jur"], norm(a))] = u
        for s in sections:
            u = self.units[(s["jur"], norm(s["unit"]))]
            u["secs"][norm(s["name"])] = s

    def find(self, jur, name):
        j = jur
        while j:
            k = (j, norm(name))
            if k in self.units:
                return self.units[k]
            if k in self.alias:
                return self.alias[k]
            j = parent_jur(j)
        return None


def active(start, end):
    return not (end and end <= EVAL)


def in_force(r):
    return (not r.get("from") or r["from"] <= EVAL) and (not r.get("to") or r["to"] > EVAL)


def holder_status(store, r):
    u = store.find(r["jur"], r["unit"])
    if u is None:
        return "MISSING_UNIT", None
    if not active(u.get("start"), u.get("end")):
        return "ABOLISHED_HOLDER", u
    if r.get("section"):
        s = u["secs"].get(norm(r["section"]))
        if s is None:
            return "MISSING_SECTION", u
        if not active(s.get("start"), s.get("end")):
            return "ABOLISHED_HOLDER", u
    return "OK", u


def classify(store, rows):
    """rows of one duty -> None (fine / cancelled) or orphan type."""
    if any(r.get("status") == "取消" for r in rows):
        return None
    if any(not r["unit"] for r in rows):
        return "UNHELD"
    live = [r for r in rows if in_force(r)]
    leads = [r for r in live if r.get("role", "牵头") != "配合"]
    if not leads:
        return "NO_LEAD" if live else "NO_HOLDER"
    sts = [holder_status(store, r)[0] for r in leads]
    if "OK" in sts:
        return None
    return sts[0]
