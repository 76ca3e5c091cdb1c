/* bench-report.c: the full PDF report of one complete assessment in each report
 * language, timed as a user waits for it: the real livc-scan-cli started as a process,
 * from fork to exit, with its peak memory.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "livc-bench.h"

#define RUNS 15
#define TARGET_MS 80.0
#define TARGET_RSS_MB 60.0

int
main (int    argc,
      char **argv)
{
  const char *cli = livc_bench_program ("LIVC_SCAN_CLI");
  const char *langs[] = { "nl", "fr", "en", "nl+fr" };
  g_autofree char *sample = livc_bench_source_file ("data/samples/town-2026.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("livc-bench-XXXXXX", &error);

  livc_bench_init ();
  g_assert_no_error (error);
  g_print ("livc-scan-cli report data/samples/town-2026.xml --lang L -o OUT.pdf, "
           "median of %d runs each, process start included\n", RUNS);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *out = g_strdup_printf ("%s/report-%s.pdf", dir, langs[l]);
      g_autofree char *name = NULL;
      g_autofree char *head = NULL;
      const char *args[] = { cli, "report", sample, "--lang", langs[l], "-o", out, NULL };
      double wall[RUNS], rss = 0, seconds, run_rss;
      gsize length = 0;

      /* One run first, not counted: it brings the binary and fonts into the page cache. */
      if (!livc_bench_run (args, &seconds, &run_rss))
        return EXIT_FAILURE;
      for (guint run = 0; run < RUNS; run++)
        {
          if (!livc_bench_run (args, &seconds, &run_rss))
            return EXIT_FAILURE;
          wall[run] = seconds * 1000;
          rss = MAX (rss, run_rss);
        }
      if (!g_file_get_contents (out, &head, &length, NULL) || length < 4 ||
          memcmp (head, "%PDF", 4) != 0)
        {
          g_printerr ("%s is not a PDF\n", out);
          return EXIT_FAILURE;
        }
      name = g_strdup_printf ("report %s: wall", langs[l]);
      livc_bench_check (name, livc_bench_median (wall, RUNS), TARGET_MS, "ms");
      g_free (name);
      name = g_strdup_printf ("report %s: peak RSS of the CLI", langs[l]);
      livc_bench_check (name, rss, TARGET_RSS_MB, "MB");
      g_free (name);
      name = g_strdup_printf ("report %s: PDF size", langs[l]);
      livc_bench_figure (name, length / 1e3, "kB");
    }
  livc_bench_rmdir (dir);
  return livc_bench_finish ();
}
