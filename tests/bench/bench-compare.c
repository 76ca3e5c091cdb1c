/* bench-compare.c: a coach's comparison of 300 and of 3,000 generated assessments, to CSV
 * and to the PDF report, with the real livc-scan-cli started as a process. Besides the
 * targets for 300, the cost per file and the peak memory must not grow faster than the
 * number of files.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "livc-bench.h"

#define TARGET_PDF_300_S 1.5
#define TARGET_CSV_300_S 0.5
#define MAX_GROWTH 1.3 /* cost per file at 3,000 against that at 300 */

typedef struct
{
  double seconds;
  double rss_mb;
} Figures;

static gboolean
generate (const char *generator,
          guint       n,
          const char *dir,
          GPtrArray  *files)
{
  g_autofree char *count = g_strdup_printf ("%u", n);
  const char *args[] = { generator, count, dir, "2026", NULL };
  double seconds, rss;

  if (!livc_bench_run (args, &seconds, &rss))
    return FALSE;
  for (guint i = 1; i <= n; i++)
    g_ptr_array_add (files, g_strdup_printf ("%s/cell-%05u.xml", dir, i));
  return TRUE;
}

/* The median wall time and the largest peak memory of runs of one comparison. */
static gboolean
measure (const char *cli,
         GPtrArray  *files,
         const char *out,
         guint       runs,
         Figures    *figures)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree double *wall = g_new (double, runs);
  double seconds, rss;

  g_ptr_array_add (args, (char *) cli);
  g_ptr_array_add (args, (char *) "compare");
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (files, i));
  g_ptr_array_add (args, (char *) "--lang");
  g_ptr_array_add (args, (char *) "en");
  g_ptr_array_add (args, (char *) "-o");
  g_ptr_array_add (args, (char *) out);
  g_ptr_array_add (args, NULL);

  figures->rss_mb = 0;
  for (guint run = 0; run < runs; run++)
    {
      if (!livc_bench_run ((const char * const *) args->pdata, &seconds, &rss))
        return FALSE;
      wall[run] = seconds;
      figures->rss_mb = MAX (figures->rss_mb, rss);
    }
  figures->seconds = livc_bench_median (wall, runs);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  const char *cli = livc_bench_program ("LIVC_SCAN_CLI");
  const char *generator = livc_bench_program ("LIVC_GENERATE");
  const guint sizes[] = { 300, 3000 };
  const guint runs[][2] = { { 7, 5 }, { 5, 3 } }; /* CSV, PDF; fewer where one run takes seconds */
  const char *formats[] = { "csv", "pdf" };
  Figures figures[2][2];
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("livc-bench-XXXXXX", &error);

  livc_bench_init ();
  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *cells = g_strdup_printf ("%s/cells-%u", dir, sizes[s]);

      if (!generate (generator, sizes[s], cells, files))
        return EXIT_FAILURE;
      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *out = g_strdup_printf ("%s/compare-%u.%s", dir, sizes[s], formats[f]);
          g_autofree char *name = g_strdup_printf ("compare %u → %s", sizes[s], formats[f]);

          if (!measure (cli, files, out, runs[s][f], &figures[s][f]))
            return EXIT_FAILURE;
          g_print ("%-44s %10.3f s    median of %u, %.3f ms per file, peak RSS %.1f MB\n",
                   name, figures[s][f].seconds, runs[s][f],
                   1000 * figures[s][f].seconds / sizes[s], figures[s][f].rss_mb);
        }
    }

  livc_bench_check ("compare 300 → PDF: wall", figures[0][1].seconds, TARGET_PDF_300_S, "s");
  livc_bench_check ("compare 300 → CSV: wall", figures[0][0].seconds, TARGET_CSV_300_S, "s");
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      double per_file_300 = figures[0][f].seconds / sizes[0];
      double per_file_3000 = figures[1][f].seconds / sizes[1];
      g_autofree char *growth = g_strdup_printf ("→ %s: cost per file 3,000 / 300", formats[f]);
      g_autofree char *memory = g_strdup_printf ("→ %s: peak RSS 3,000 / 300", formats[f]);
      g_autofree char *per_file_mb = g_strdup_printf ("→ %s: memory per added file", formats[f]);

      livc_bench_check (growth, per_file_3000 / per_file_300, MAX_GROWTH, "×");
      /* Linear at most: ten times the files, at most ten times the memory. */
      livc_bench_check (memory, figures[1][f].rss_mb / figures[0][f].rss_mb,
                        (double) sizes[1] / sizes[0], "×");
      livc_bench_figure (per_file_mb,
                         1000 * (figures[1][f].rss_mb - figures[0][f].rss_mb)
                         / (sizes[1] - sizes[0]),
                         "kB");
    }
  livc_bench_rmdir (dir);
  return livc_bench_finish ();
}
