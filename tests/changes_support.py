"""A workshop story for the change report tests: two bimteks with work in and between them,
written with a fake clock."""

from __future__ import annotations

import datetime as dt

from clock_support import TZ, Clock

from smartbimtek.services import budget, direction, plan, programs, roster, swot
from smartbimtek.store.workshop import open_workshop


def build_story(path):
    """(workshop, ids): Bimtek I on 2026-06-15 (2 days), Bimtek II on 2026-07-20, work in
    and between them; a hostile text in a changed SWOT item."""
    clock = Clock(dt.datetime(2026, 6, 1, 8, tzinfo=TZ))
    ws = open_workshop(path, create=True, clock=clock)
    plan.update_plan(ws, period_start=2026, period_end=2035)
    kominfo = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    bappeda = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan", 2)
    one = plan.add_event(ws, "I", start_date="2026-06-15", with_template=False)
    ids = {"one": one.id, "kominfo": kominfo.id, "bappeda": bappeda.id}
    # Bimtek I
    clock.at("2026-06-15")
    ids["satu_data"] = programs.add_program(ws, kominfo.id, "Satu Data", "governance").id
    ids["wifi"] = programs.add_program(ws, bappeda.id, "Wifi Desa", "living").id
    ids["gone"] = programs.add_program(ws, kominfo.id, "Aplikasi Lama", "economy").id
    ids["s1"] = swot.add_item(ws, kominfo.id, "S", "SDM TI memadai").id
    ids["st"] = swot.add_strategy(ws, "SO", "Manfaatkan SDM TI", [ids["s1"]]).id
    ids["tujuan"] = direction.add_objective(ws, "tujuan", "Tata kelola digital").id
    # homework between the bimteks
    clock.at("2026-07-01")
    programs.update_program(ws, ids["satu_data"], title="Satu Data Kabupaten",
                            dimension="branding")
    programs.delete_program(ws, ids["gone"])
    budget.set_budget(ws, ids["wifi"], 2027, "APBD", 150_000_000)
    # Bimtek II
    two = plan.add_event(ws, "II", start_date="2026-07-20", with_template=False)
    ids["two"] = two.id
    clock.at("2026-07-20")
    programs.set_quick_win(ws, ids["wifi"], True)
    budget.set_budget(ws, ids["wifi"], 2027, "APBD", 175_000_000)
    swot.update_item(ws, ids["s1"], text="SDM TI <b>kuat</b>", quadrant="W")
    swot.update_strategy(ws, ids["st"], type="WO")
    programs.restore_program(ws, ids["gone"])
    ids["new"] = programs.add_program(ws, bappeda.id, "Pasar Daring", "economy").id
    direction.update_objective(ws, ids["tujuan"], text="Tata kelola digital terpadu")
    clock.at("2026-07-21", 15)
    ids["temp"] = swot.add_item(ws, kominfo.id, "T", "Sementara").id
    swot.delete_item(ws, ids["temp"])
    return ws, ids
