"""Reports: PDF summaries and CSV/XLSX exports, built from the store without Qt."""
