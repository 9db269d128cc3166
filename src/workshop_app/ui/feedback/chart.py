"""The distribution chart of one feedback question (pyqtgraph, imported only here)."""

from __future__ import annotations

import pyqtgraph as pg

from workshop_app.store.feedback import QuestionSummary


class DistributionChart(pg.PlotWidget):
    """Horizontal bars, one per rating (5 at the top), each with its word and its count."""

    def __init__(self, summary: QuestionSummary, words: dict[int, str], parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("distributionChart")
        self.setMinimumHeight(150)
        self.setMaximumHeight(170)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        counts = [summary.distribution.get(r, 0) for r in range(1, 6)]
        self.bars = pg.BarGraphItem(
            x0=0, y=list(range(1, 6)), height=0.7, width=counts, brush="#5c6bc0", pen="#1a237e"
        )
        plot.addItem(self.bars)
        top = max(counts) or 1
        self.count_labels = []
        for rating, count in zip(range(1, 6), counts, strict=True):
            label = pg.TextItem(str(count), color="#000000", anchor=(0, 0.5))
            label.setPos(count + top * 0.02, rating)
            plot.addItem(label)
            self.count_labels.append(label)
        left = plot.getAxis("left")
        left.setTicks([[(r, f"{r} {words[r]}") for r in range(1, 6)]])
        left.setTextPen("#000000")
        plot.getAxis("bottom").setTextPen("#000000")
        plot.getAxis("bottom").setTicks(
            [[(v, str(v)) for v in range(0, top + 1, max(1, top // 4))]]
        )
        plot.setXRange(0, top * 1.15, padding=0)
        plot.setYRange(0.5, 5.5, padding=0)
