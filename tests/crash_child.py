"""Child process of ``test_crash``: a stream of service calls on a workshop file.

Prints one line per call that RETURNED (flushed at once), until it is killed:
``swot <id>``, ``program <id>``, ``score <program id> <rater> <value>``, ``step <id>|-``.
Usage: ``python crash_child.py PATH SEED``.
"""

from __future__ import annotations

import random
import sys

from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.store import open_workshop


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    ws = open_workshop(path)
    opds = roster.list_opds(ws)
    event = plan.current_event(ws)
    program_ids = [p.id for p in programs.list_programs(ws)]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        kind = rng.choice(("swot", "swot", "swot", "program", "score", "score", "step"))
        opd = rng.choice(opds)
        if kind == "swot":
            item = swot.add_item(ws, opd.id, rng.choice("SWOT"),
                                 f"Butir {seed}-{n}: layanan daring di kecamatan {n % 31}",
                                 source="table", actor=f"Meja {opd.table_no}")
            print(f"swot {item.id}", flush=True)
        elif kind == "program":
            program = programs.add_program(ws, opd.id, f"Program {seed}-{n}", "governance",
                                           horizon="quick_win", target="100% pada 2027")
            program_ids.append(program.id)
            print(f"program {program.id}", flush=True)
        elif kind == "score":
            program_id = rng.choice(program_ids)
            rater, value = f"R{seed}-{n}", rng.randint(1, 5)
            programs.set_score(ws, program_id, rater, "impact", value, source="phone")
            print(f"score {program_id} {rater} {value}", flush=True)
        else:
            steps = agenda.list_steps(ws, event.id)
            if all(s.state == "done" for s in steps):  # the whole agenda ran: start over
                step = agenda.start_step(ws, event.id, steps[0].id)
            else:
                step = agenda.next_step(ws, event.id)
            print(f"step {step.id if step else '-'}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
