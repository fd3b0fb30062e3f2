"""Small synthetic articles written for these tests (not taken from any publication)."""

from __future__ import annotations

HARBOUR_ARTICLE = """Port Authority Approves Harbour Expansion

The Lakeport Port Authority on Tuesday approved a plan to deepen the city's harbour, ending a two-year dispute with fishing groups.

Harbour Commissioner Dana Whitfield said the project would let larger cargo ships dock by 2028. “This is the most important vote this board has taken in a decade,” Whitfield said.

Marco Feld, the president of the Lakeport Fishermen's Association, warned that dredging would destroy spawning grounds. “They are trading our livelihoods for container traffic,” he said. “We will challenge this in court.”

Environmental consultant Priya Raman told reporters the authority had ignored its own study, calling the approval “reckless.”

The authority said construction would start in the spring. According to the city budget office, the work will cost $240 million.

Photo: Lakeport Harbour at dawn
"""
