"""UPR Working Group report parser, in small stages.

`lines` cleans the page furniture (symbols, page numbers, footnotes) off the text while keeping
offsets; `paragraphs` rebuilds the numbered paragraphs and section headings; `recommendations`,
`dialogue` and `meta` read the parts users need. `rightstrack.extract.upr_report` ties them together.
"""
