"""Application state and actions (QtCore only): the workspace, the session, the job queue,
the one path for messages."""

from studio.core.collector import GuiThreadCollector
from studio.core.demo import DemoServer, DemoServerFailed
from studio.core.gallery_reader import GalleryReader, ImageDetails
from studio.core.jobs import (
    VARIATION_INSTRUCTION,
    Job,
    JobQueue,
    JobRecord,
    JobState,
    variation_by_edit,
)
from studio.core.messages import Messages
from studio.core.session import DEMO_PROVIDER_ID, ConnectionCheck, Session
from studio.core.stall_tracer import StallTracer, stall_tracing_wanted
from studio.core.tasks import settle, spawn
from studio.core.worker_link import WorkerLink
from studio.core.workspace import Shown, Spending, Workspace

__all__ = [
    "DEMO_PROVIDER_ID",
    "VARIATION_INSTRUCTION",
    "ConnectionCheck",
    "DemoServer",
    "DemoServerFailed",
    "GalleryReader",
    "GuiThreadCollector",
    "ImageDetails",
    "Job",
    "JobQueue",
    "JobRecord",
    "JobState",
    "Messages",
    "Session",
    "Shown",
    "Spending",
    "StallTracer",
    "WorkerLink",
    "Workspace",
    "settle",
    "spawn",
    "stall_tracing_wanted",
    "variation_by_edit",
]
