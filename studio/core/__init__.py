"""Application state and actions (QtCore only): the session, the job queue."""

from studio.core.collector import GuiThreadCollector
from studio.core.demo import DemoServer, DemoServerFailed
from studio.core.gallery_reader import GalleryReader, ImageDetails
from studio.core.jobs import VARIATION_INSTRUCTION, Job, JobQueue, JobState, variation_by_edit
from studio.core.results import (
    RecentResult,
    export_image,
    recent_results,
    reconcile_gallery,
    today_cost,
)
from studio.core.session import DEMO_PROVIDER_ID, ConnectionCheck, Session
from studio.core.tasks import settle, spawn
from studio.core.worker_link import WorkerLink

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
    "JobState",
    "RecentResult",
    "Session",
    "WorkerLink",
    "export_image",
    "recent_results",
    "reconcile_gallery",
    "settle",
    "spawn",
    "today_cost",
    "variation_by_edit",
]
