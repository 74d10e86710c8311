"""The status bar's standing figures: the last job's tokens and cost with today's spending
(bound to the Workspace), the estimate of the next request, and the provider."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from studio.api import ImageRequest
from studio.core import Job, Spending
from studio.gallery import Pricing
from studio.ui.batch_page import estimate_text

__all__ = ["StatusLine"]


class StatusLine:
    def __init__(self, bar: QStatusBar, pricing: Pricing) -> None:
        self._pricing = pricing
        self.usage = QLabel()
        self.provider = QLabel()
        self.estimate = QLabel()
        self.estimate.setAccessibleName(bar.tr("Estimated cost"))
        bar.addWidget(self.usage, 1)
        bar.addPermanentWidget(self.estimate)
        bar.addPermanentWidget(self.provider)
        self._bar = bar
        self._last_job = ""
        self._spending = Spending()

    def show_job(self, job: Job) -> None:
        tr = self._bar.tr
        parts = []
        if job.usage is not None:
            tokens = job.usage.total_tokens or job.usage.output_tokens
            parts.append(tr("Last job: {n:,} tokens").format(n=tokens))
        parts.append(
            tr("cost ${cost:.3f}").format(cost=job.cost)
            if job.cost is not None
            else tr("cost unknown")
        )
        self._last_job = " · ".join(parts)
        self.show_spending(self._spending)

    def show_spending(self, spending: Spending) -> None:
        self._spending = spending
        today = self._bar.tr("today ${today:.2f}").format(today=spending.today)
        self.usage.setText(" · ".join(part for part in (self._last_job, today) if part))

    def show_estimate(self, request: ImageRequest) -> str:
        """What sending ``request`` would cost, said here; the words are returned."""
        text = estimate_text(request, self._pricing)
        self.estimate.setText(text)
        return text
