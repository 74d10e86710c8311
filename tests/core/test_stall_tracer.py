from __future__ import annotations

import logging
import time

import pytest
from pytestqt.qtbot import QtBot

from studio import cli
from studio.core.stall_tracer import Stall, StallTracer, stall_tracing_wanted


def hold_the_gui_thread() -> None:
    time.sleep(0.05)


def held(stall: Stall) -> bool:
    return any("hold_the_gui_thread" in stack for stack in stall.stacks)


def test_a_blocked_gui_thread_is_logged_with_the_blocking_frame(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    tracer = StallTracer().start()
    try:
        qtbot.wait(30)
        caplog.set_level(logging.WARNING, logger="studio.core.stall_tracer")
        hold_the_gui_thread()
        qtbot.waitUntil(lambda: any(held(s) for s in tracer.stalls), timeout=2000)
    finally:
        tracer.stop()
    # A loaded machine may add stalls of its own; the deliberate one is the one that sleeps.
    stall = next(s for s in tracer.stalls if held(s))
    assert stall.duration_ms >= 45
    assert "hold_the_gui_thread" in stall.stacks[0]
    assert "time.sleep(0.05)" in stall.stacks[0]
    assert "hold_the_gui_thread" in caplog.text


def test_tracing_is_switched_on_by_the_flag_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("STUDIO_TRACE_STALLS", raising=False)
    assert not stall_tracing_wanted(cli.build_parser().parse_args([]).trace_stalls)
    assert stall_tracing_wanted(cli.build_parser().parse_args(["--trace-stalls"]).trace_stalls)
    monkeypatch.setenv("STUDIO_TRACE_STALLS", "1")
    assert stall_tracing_wanted()
    monkeypatch.setenv("STUDIO_TRACE_STALLS", "0")
    assert not stall_tracing_wanted()
