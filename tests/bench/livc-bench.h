/* livc-bench.h: what the benchmarks share: a clock, medians, peak memory, real child
 * processes timed from fork to exit, and a verdict against each target.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale, so that the figures' names print in UTF-8, and prints the number of
 * cores and the load average, which wall times depend on. */
void     livc_bench_init         (void);

/* Monotonic seconds. */
double   livc_bench_now          (void);

/* The median of n values (sorts them). */
double   livc_bench_median       (double *values,
                                  guint   n);

/* The p-th percentile (0–100) of n values, the value at index n·p/100 (sorts them). */
double   livc_bench_percentile   (double *values,
                                  guint   n,
                                  guint   p);

/* Peak resident set of this process so far, in MB of 10^6 bytes (getrusage RUSAGE_SELF). */
double   livc_bench_self_rss_mb (void);

/* Runs argv (argv[0] a path) with stdout and stderr discarded and waits for it: its wall
 * time from fork to exit in seconds and its peak resident set in MB (wait4's rusage).
 * Returns FALSE, saying why on stderr, when it cannot start or does not exit with 0. */
gboolean livc_bench_run          (const char * const *argv,
                                  double             *seconds,
                                  double             *rss_mb);

/* A program's path from an environment variable set by meson; exits 77 (skip) when
 * unset, as when run by hand without it. */
const char *livc_bench_program   (const char *variable);

/* A file under the source tree (LIVC_SOURCE_ROOT, set by meson). */
char    *livc_bench_source_file  (const char *relative);

/* Prints "name: value unit (target ≤ limit unit) ok|MISSED" and records a miss. */
void     livc_bench_check        (const char *name,
                                  double      value,
                                  double      limit,
                                  const char *unit);

/* Prints a figure that has no target of its own. */
void     livc_bench_figure       (const char *name,
                                  double      value,
                                  const char *unit);

/* 0 when every check met its target, 1 otherwise; prints the closing line. */
int      livc_bench_finish       (void);

/* Removes a folder made for a benchmark, with the files in it. */
void     livc_bench_rmdir        (const char *dir);

G_END_DECLS
