/* fuzz-report.c: libFuzzer target for scoring and report layout: an assessment of the
 * built-in questionnaire that loads and passes the check is scored, its report laid out
 * and drawn onto a PDF surface that writes nowhere, and its radar drawn.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  livc_fuzz_init ();
  livc_fuzz_builtin ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const langs[] = { "nl", "fr", "en", "nl+fr" };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcScoreSet) scores = NULL;
  g_autoptr(LivcReport) report = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  LivcQuestionnaire *q = livc_fuzz_builtin ();
  const char *lang = langs[size % G_N_ELEMENTS (langs)];
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  a = livc_load_assessment_bytes (bytes, "fuzz.xml", NULL, NULL);
  if (a == NULL || !livc_assessment_check (a, q, "fuzz.xml", NULL, &error))
    return 0;

  scores = livc_score_set_new (q, a);
  livc_csv_write_scores (csv, scores);
  report = livc_report_new (scores, lang);
  n_pages = livc_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >, 0);

  surface = cairo_pdf_surface_create_for_stream (livc_fuzz_discard, NULL,
                                                 LIVC_REPORT_PAGE_WIDTH, LIVC_REPORT_PAGE_HEIGHT);
  cr = cairo_create (surface);
  for (guint p = 0; p < n_pages; p++)
    {
      livc_report_draw_page (report, cr, p);
      cairo_show_page (cr);
    }
  livc_report_draw_radar (scores, lang, size % 2 == 0, cr, 400, 400);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return 0;
}
