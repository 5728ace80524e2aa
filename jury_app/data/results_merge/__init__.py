"""Merging the jurors' signed result files on the session lead's laptop: `plan` tells what a file
would change here and every reason to refuse it (`differences` words it, `runs` covers the exam
room's record); `write` carries the plan out, through the grid store."""
