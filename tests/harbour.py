"""Shared hand-written prose for the test pages: a local council story, four paragraphs long
enough to count as article text, and its headline; and a harbour office's moorings page."""

P1 = (
    "The council met on Tuesday evening to debate the new budget for the harbour district, "
    "and the discussion ran well past midnight as members argued over almost every line."
)
P2 = (
    "Residents who attended the session said the proposed cuts to the ferry service would "
    "leave many older people without a practical way to reach the hospital on the mainland."
)
P3 = (
    "After several hours the chair called a vote, and the amended plan passed by a narrow "
    "margin, with two members abstaining and promising to revisit the question in spring."
)
P4 = (
    "Shopkeepers on the quay were more relaxed, saying that the small rise in mooring fees "
    "was a price worth paying for the new lighting and the repaired sea wall by the market."
)
HEADLINE = "Harbour budget passes after a long night"

MOORINGS = [
    "The harbour office rents moorings by the month from April to October, and boats that stay "
    "through the winter move to the inner basin, where the ice breaker keeps a channel open.",
    "Owners book a mooring at the office on the quay or by post; the office answers within a "
    "week and sends a map of the berth with the harbour rules and the fuel dock hours.",
    "Visitors who arrive without a booking may tie up at the guest pontoon for two nights, "
    "and the harbour master assigns them a berth for longer stays when one is free.",
]
