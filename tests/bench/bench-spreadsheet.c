/* bench-spreadsheet.c: compare of 3,000 generated assessments to CSV, ODS and XLSX side by
 * side in one run, with the real livc-scan-cli started as a process: each spreadsheet in
 * at most three times the CSV's time, and the peak memory of each.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "livc-bench.h"

#define N_FILES 3000
#define RUNS 3
#define MAX_RATIO 3.0 /* a spreadsheet's time against the CSV's */

int
main (int    argc,
      char **argv)
{
  const char *cli = livc_bench_program ("LIVC_SCAN_CLI");
  const char *generator = livc_bench_program ("LIVC_GENERATE");
  const char *formats[] = { "csv", "ods", "xlsx" };
  double wall[G_N_ELEMENTS (formats)][RUNS];
  double rss[G_N_ELEMENTS (formats)] = { 0 };
  double median[G_N_ELEMENTS (formats)];
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("livc-bench-XXXXXX", &error);
  g_autofree char *cells = NULL;
  g_autofree char *count = g_strdup_printf ("%u", N_FILES);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  double seconds, mb;
  guint out_index;

  livc_bench_init ();
  g_assert_no_error (error);
  cells = g_build_filename (dir, "cells", NULL);
  {
    const char *generate[] = { generator, count, cells, "2026", NULL };

    if (!livc_bench_run (generate, &seconds, &mb))
      return EXIT_FAILURE;
  }
  g_ptr_array_add (args, g_strdup (cli));
  g_ptr_array_add (args, g_strdup ("compare"));
  for (guint i = 1; i <= N_FILES; i++)
    g_ptr_array_add (args, g_strdup_printf ("%s/cell-%05u.xml", cells, i));
  g_ptr_array_add (args, g_strdup ("--lang"));
  g_ptr_array_add (args, g_strdup ("en"));
  g_ptr_array_add (args, g_strdup ("-o"));
  out_index = args->len;
  g_ptr_array_add (args, NULL);
  g_ptr_array_add (args, NULL);

  /* Interleaved, so that a change in the machine's load touches every format alike. */
  for (guint run = 0; run < RUNS; run++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_free (args->pdata[out_index]);
        args->pdata[out_index] = g_strdup_printf ("%s/compare.%s", dir, formats[f]);
        if (!livc_bench_run ((const char * const *) args->pdata, &seconds, &mb))
          return EXIT_FAILURE;
        wall[f][run] = seconds;
        rss[f] = MAX (rss[f], mb);
      }
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      median[f] = livc_bench_median (wall[f], RUNS);
      g_print ("compare %u → %-5s %8.3f s    median of %u, peak RSS %.1f MB\n", N_FILES,
               formats[f], median[f], RUNS, rss[f]);
    }
  for (guint f = 1; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *name = g_strdup_printf ("→ %s: time against CSV", formats[f]);
      g_autofree char *memory = g_strdup_printf ("→ %s: peak RSS against CSV", formats[f]);

      livc_bench_check (name, median[f] / median[0], MAX_RATIO, "×");
      livc_bench_figure (memory, rss[f] / rss[0], "×");
    }
  livc_bench_rmdir (dir);
  return livc_bench_finish ();
}
