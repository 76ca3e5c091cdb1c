/* bench-radar.c: the app's hot path while a team rates: one answer changes, the
 * assessment is scored again and the radar drawn again, here at 800×800 into an image
 * surface, in each language the app shows it in.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "livc-bench.h"
#include "livc-core.h"

#define RUNS 201
#define SIZE 800
#define TARGET_MS 2.0

int
main (int    argc,
      char **argv)
{
  g_autofree char *sample = livc_bench_source_file ("data/samples/town-2026.xml");
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  const char *langs[] = { "nl", "fr", "en" };
  cairo_surface_t *surface;
  guint n_items;

  livc_bench_init ();
  livc_core_init ();
  q = livc_catalog_get_builtin (&error);
  g_assert_no_error (error);
  a = livc_load_assessment (sample, diag, &error);
  g_assert_no_error (error);
  g_assert_true (livc_assessment_check (a, q, sample, diag, &error));

  {
    g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
    n_items = livc_score_set_get_n_items (scores);
  }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  g_print ("change one answer, score again, draw the radar at %d×%d, median of %d runs\n",
           SIZE, SIZE, RUNS);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      double rescore[RUNS], draw[RUNS], total[RUNS];
      g_autofree char *name = NULL;

      for (guint run = 0; run < RUNS + 1; run++)
        {
          g_autoptr(LivcScoreSet) scores = NULL;
          g_autoptr(LivcScoreSet) reference = livc_score_set_new (q, a);
          const LivcItemScore *is = livc_score_set_get_item (reference, run % n_items);
          LivcAnswer *answer = livc_assessment_ensure_answer (a, livc_item_get_id (is->item));
          int value = LIVC_VALUE_IS_LEVEL (livc_answer_get_value (answer))
                        ? livc_answer_get_value (answer) % 5 + 1 : 3;
          cairo_t *cr;
          double t0, t1, t2;

          t0 = livc_bench_now ();
          livc_answer_set_value (answer, value);
          scores = livc_score_set_new (q, a);
          t1 = livc_bench_now ();
          cr = cairo_create (surface);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          livc_report_draw_radar (scores, langs[l], FALSE, cr, SIZE, SIZE);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          t2 = livc_bench_now ();

          /* The change reached the chart's data. */
          if (livc_score_set_find_item (scores, livc_item_get_id (is->item))->effective != value)
            {
              g_printerr ("the score set did not follow the changed answer\n");
              return EXIT_FAILURE;
            }
          /* The first draw loads the fonts: not what a user waits for at each click. */
          if (run == 0)
            continue;
          rescore[run - 1] = (t1 - t0) * 1000;
          draw[run - 1] = (t2 - t1) * 1000;
          total[run - 1] = (t2 - t0) * 1000;
        }
      name = g_strdup_printf ("radar %s: rescore", langs[l]);
      livc_bench_figure (name, livc_bench_median (rescore, RUNS), "ms");
      g_free (name);
      name = g_strdup_printf ("radar %s: draw", langs[l]);
      livc_bench_figure (name, livc_bench_median (draw, RUNS), "ms");
      g_free (name);
      name = g_strdup_printf ("radar %s: change + rescore + draw", langs[l]);
      livc_bench_check (name, livc_bench_median (total, RUNS), TARGET_MS, "ms");
    }
  cairo_surface_destroy (surface);
  livc_bench_figure ("peak RSS", livc_bench_self_rss_mb (), "MB");
  return livc_bench_finish ();
}
