"""The inspectorate's template text, placeholders and word counts: text the mapper leaves out."""

from __future__ import annotations

import re

# The inspectorate's template text (seed 000): its introduction and guidance. A paragraph
# that is part of it is the template speaking, not the centre, and is left out.
TEMPLATE_TEXT = """
Introduction
HM Inspectorate of Prisons (HMI Prisons) reports include a narrative judgement about leadership in inspections of immigration removal centres. This has strengthened our inspection in this area because we believe the quality of leadership is one of the most important factors in driving improvement and ensuring better outcomes for detainees. We want to use our reports to encourage effective leadership practice.
The self-assessment report (SAR) gives immigration removal centre leadership teams an opportunity to provide information that will help us to make judgements about the leadership of their centre. The SAR provides one strand of evidence, but there will be others, including detainee and staff surveys, data, documentation and our own observations. There will be opportunities to discuss all elements of this self-assessment report and to provide further evidence if necessary, during the inspection.
The lessons from the best SARs are:
They offer a candid, accurate and realistic assessment. Those that are less effective are overly optimistic or describe aspirations rather than the reality of the outcomes being delivered.
The evidence for the SAR is produced collaboratively, where possible involving leaders, staff, detainees and partner organisations in assessing outcomes.
The final document is owned by the centre manager, and they take ultimate responsibility for its production and the content.
The document is succinct with clear analysis. It focuses on the most important issues.
Many prisons have ensured that SAR and business planning are aligned. The SAR is often used to inform business planning. The regular review of SAR has been used to ensure an up-to-date and shared understanding of progress and priorities.
The SAR is a template with five sections which must be sent to the HMI Prisons inspection coordinator within three days of the announcement of an inspection. We hope that in due course managers may choose to use this document as part of regular business planning processes and will therefore just need to update it.
Advice on how to complete the SAR is provided below. Please follow this carefully and if in doubt, speak with the HMI Prisons inspection coordinator. Each row on the template will expand as text is added. Please adhere to the wordcount guidance provided.
Guidance for completion
Describe your overarching vision for the future of the centre. This will help us to understand where you plan to take the centre in the future and why some issues are prioritised over others. It will also help us understand the extent of your ambition.
Provide your assessment (in no more than 750 words) of the strengths and weaknesses of leadership in the centre, including senior, middle and first-line leaders. Where your assessment is based on data, such as feedback from staff and detainees, surveys or previous inspections, you should identify this. You should identify how you are improving leadership, including arrangements for support and supervision, access to well-being support and development opportunities for leaders.
Provide your assessment of the centre's current performance in terms of outcomes for detainees in the four healthy establishment tests in no more than 3,000 words. Highlight both strengths and weaknesses.
This will tell us how well you know your centre, how well you understand our Expectations and whether you can accurately assess your centre against them. We hope that your assessment will broadly match ours.
Avoid providing a large amount of text. Try to distil and summarise the main themes and evidence them with relevant performance data wherever possible.
Describe up to six main priorities for your centre. We realise you may have a long list of priorities generated from various sources, including national targets and recommendations from external scrutiny. We want to know what you have determined to be your top six priorities.
This section will help us understand your strategic approach and how you have articulated your ambition for the centre. It will also show us the quality of your improvement planning and how you are measuring progress. We will consider whether you have prioritised the issues that most affect outcomes for detainees.
For each priority, please answer the following questions:
State what you want to achieve in a few words, for example 'improve care for those at risk of self-harm'.
Provide a clear analysis of the problem backed up with data. For example, if you want to reduce self-harm, you might provide details of the historical and current rates and compare this to other centres. What do other evidence sources such as surveys, consultation, complaints and scrutiny tell you about the causes of self-harm?
Describe in detail your plan to deliver improvement against this priority with clear targets, owners and timescales. Include any obstacles to delivery and say how you plan to overcome them. You may append detailed additional evidence, but you should still summarise the main points in this section.
Describe how you will evaluate the effectiveness of this plan. What is the benchmark for success and what targets have you set? Describe the criteria or metrics you will use to ensure you are heading in the right direction? What are the timescales? What will you see? By when? You may append detailed additional evidence, but you should still summarise the main points in this section.
Use this section to provide an assessment of the progress made against the KCs from your last full inspection (or main recommendations in older reports). Use data and clear evidence to support your analysis of progress. This section will tell us if you have understood our recommendations and taken action to deliver better outcomes in the areas of greatest concern. If your centre did not receive any KCs or main recommendations, you can leave this section blank.
Detainees are held in safety and with due regard to the insecurity of their position.
Detainees are treated with respect for their human dignity and the circumstances of their detention.
The centre encourages activities and provides facilities to preserve and promote detainees' mental and physical well-being.
Detainees are able to maintain contact with family, friends, support groups, legal representatives and advisers, access information about their country of origin and be prepared for their release, transfer or removal. Detainees are able to retain or recover their property.
"""
PLACEHOLDERS = {
    "click or tap here to enter text.",
    "click here to enter text.",
    "enter text here",
    "[enter text here]",
    "[insert text here]",
    "insert text here",
    "type here",
    "no key concerns recorded.",
    "no evidence cited.",
    "self-assessment report",
    "self assessment report",
    "self-assessment report (sar)",
    "self assessment report (sar)",
    "sar",
}
GENERIC_HEADERS = {"section", "sections", "response", "your response", "content", "centre response"}
_WORD_COUNT = re.compile(
    r"^\(?\s*(?:word count|words|word limit|maximum|max\.?|no more than|up to|limit)\s*[:\-]?\s*"
    r"[\d,]+\s*(?:(?:of|/|out of)\s*[\d,]+)?\s*(?:words?)?(?:\s*maximum)?\s*\)?\.?$"
)

# "Word count: 812 of 750 – 62 words over the limit", as the exporter writes it.
_WORD_COUNT_LINE = re.compile(
    r"^word count\s*[:\-]?\s*[\d,]+(?:\s*(?:of|/)\s*[\d,]+)?(?:\s*-\s*[\d,]+ words? over the limit)?\.?$"
)
