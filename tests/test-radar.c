/* test-radar.c: the radar draws its points where the scores say, leaves axes without a
 * score empty, and draws at any size; the trend chart puts its points where the scores say.
 * Set LIVC_TEST_OUTPUT to keep the PNGs to look at.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "livc-test.h"

static const char *labels[] = {
  "Wettelijke basis & samenwerkingsprotocol", "Regie & visie", "Partners & samenstelling",
  "Informatie-uitwisseling & beroepsgeheim", "Casusaanpak", "Afstemming veiligheidsketen",
  "Preventie & kennisdeling", "Evaluatie & lerend vermogen",
};

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          double          *r,
          double          *g,
          double          *b)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p;

  cairo_surface_flush (surface);
  memcpy (&p, data + (int) y * stride + (int) x * 4, sizeof p);
  *r = ((p >> 16) & 0xff) / 255.0;
  *g = ((p >> 8) & 0xff) / 255.0;
  *b = (p & 0xff) / 255.0;
}

static cairo_surface_t *
render (const LivcRadarData *data,
        int                  width,
        int                  height,
        const char          *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  const char *out = g_getenv ("LIVC_TEST_OUTPUT");

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  livc_radar_draw (cr, data, width, height);
  cairo_destroy (cr);
  if (out != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);
      cairo_surface_write_to_png (surface, path);
    }
  return surface;
}

static gboolean
close_to (double r,
          double g,
          double b,
          double er,
          double eg,
          double eb)
{
  return fabs (r - er) < 0.08 && fabs (g - eg) < 0.08 && fabs (b - eb) < 0.08;
}

/* A point's pixel has the series colour; the axis without a score has none. */
static void
test_points_where_scores_say (void **state)
{
  double values[] = { 100, 75, 50, 25, NAN, 60, 90, 10 };
  LivcRadarSeries series = { "Heuvelmolen 2026", values, FALSE };
  LivcRadarData data = { .n_axes = 8, .labels = labels, .n_series = 1, .series = &series };
  cairo_surface_t *surface = render (&data, 800, 800, "radar-one.png");
  double er, eg, eb;

  livc_radar_series_color (0, &er, &eg, &eb);
  for (guint a = 0; a < 8; a++)
    {
      double x, y, r, g, b;

      if (isnan (values[a]))
        {
          assert_false (livc_radar_point (&data, 800, 800, a, values[a], &x, &y));
          /* Where a 50 % point would be, there is no marker. */
          assert_true (livc_radar_point (&data, 800, 800, a, 50, &x, &y));
          pixel_at (surface, x, y, &r, &g, &b);
          assert_false (close_to (r, g, b, er, eg, eb));
          continue;
        }
      assert_true (livc_radar_point (&data, 800, 800, a, values[a], &x, &y));
      pixel_at (surface, x, y, &r, &g, &b);
      if (!close_to (r, g, b, er, eg, eb))
        fail_msg ("axis %u at %.0f,%.0f is %.2f %.2f %.2f", a, x, y, r, g, b);
    }
  cairo_surface_destroy (surface);
}

/* The geometry: the first axis points up from the centre, 0 % is the centre. */
static void
test_geometry (void **state)
{
  double values[] = { 50, 50, 50, 50, 50, 50, 50, 50 };
  LivcRadarSeries series = { "x", values, FALSE };
  LivcRadarData data = { .n_axes = 8, .labels = labels, .n_series = 1, .series = &series };
  double x0, y0, x100, y100, x2, y2;

  assert_true (livc_radar_point (&data, 800, 800, 0, 0, &x0, &y0));
  assert_true (livc_radar_point (&data, 800, 800, 0, 100, &x100, &y100));
  assert_true (livc_radar_point (&data, 800, 800, 2, 100, &x2, &y2));
  assert_true (fabs (x0 - x100) < 1e-6);
  assert_true (y100 < y0);
  assert_true (x2 > x0 && fabs (y2 - y0) < 1e-6); /* the third of eight axes points right */
  /* Labels need room: the chart is smaller than the area but not tiny. */
  assert_true (y0 - y100 > 150 && y0 - y100 < 400);
}

/* Eight series, a band and a median, and every size from a thumbnail to a page. */
static void
test_many_series_and_sizes (void **state)
{
  double v[8][8];
  LivcRadarSeries series[8];
  double low[8], high[8], median[8];
  const char *names[8] = { "Aalst 2024", "Aalst 2026", "Denderveld", "Scheldemeer", "Heidebeek",
                           "Vijverbos", "Kempenheide", "Nethebroek" };
  LivcRadarData data = { .n_axes = 8, .labels = labels, .n_series = 8, .series = series,
                         .band_low = low, .band_high = high, .median = median,
                         .band_name = "25th–75th percentile", .median_name = "Median" };
  int sizes[][2] = { { 120, 120 }, { 400, 300 }, { 800, 800 }, { 1600, 1000 } };

  for (guint s = 0; s < 8; s++)
    {
      for (guint a = 0; a < 8; a++)
        v[s][a] = fmod (17.0 * s + 23.0 * a + 11, 100);
      series[s] = (LivcRadarSeries) { names[s], v[s], s == 2 };
    }
  for (guint a = 0; a < 8; a++)
    {
      low[a] = 30 + a;
      high[a] = 70 - a;
      median[a] = 50;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("radar-many-%dx%d.png", sizes[i][0], sizes[i][1]);
      cairo_surface_t *surface = render (&data, sizes[i][0], sizes[i][1], name);
      double x, y, r, g, b, er, eg, eb;

      assert_int_equal (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);
      if (sizes[i][0] >= 800)
        {
          /* The highlighted series is drawn on top. */
          livc_radar_series_color (2, &er, &eg, &eb);
          assert_true (livc_radar_point (&data, sizes[i][0], sizes[i][1], 0, v[2][0], &x, &y));
          pixel_at (surface, x, y, &r, &g, &b);
          assert_true (close_to (r, g, b, er, eg, eb));
        }
      cairo_surface_destroy (surface);
    }
}

static gboolean
boxes_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Axis labels never overlap one another, stay inside the chart's area and keep clear of
 * the outer ring, from 3 to 12 axes, from a thumbnail to a page, in one or two languages. */
static void
test_labels_do_not_overlap (void **state)
{
  static const char *bilingual[] = {
    "Wettelijke basis & samenwerkingsprotocol\nBase légale & protocole de collaboration",
    "Regie & visie\nPilotage & vision", "Partners & samenstelling\nPartenaires & composition",
    "Informatie-uitwisseling & beroepsgeheim\nÉchange d’informations & secret professionnel",
    "Casusaanpak\nApproche des cas",
    "Afstemming veiligheidsketen\nArticulation avec la chaîne de sécurité",
    "Preventie & kennisdeling\nPrévention & transfert de connaissances",
    "Evaluatie & lerend vermogen\nÉvaluation & apprentissage",
    "Domein negen met een lange titel\nDomaine neuf au long titre", "Tien\nDix",
    "Elfde domein over samenwerking\nOnzième domaine sur la collaboration", "Twaalf\nDouze",
  };
  static const double sizes[][2] = {
    { 300, 300 }, { 420, 330 }, { 600, 600 }, { 800, 800 }, { 1000, 700 }
  };
  double values[12] = { 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50 };
  LivcRadarSeries series = { "x", values, FALSE };

  for (guint pass = 0; pass < 2; pass++)
    for (guint n = 3; n <= 12; n++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          LivcRadarData data = { .n_axes = n, .labels = pass == 0 ? labels : bilingual,
                                 .n_series = 1, .series = &series };
          double w = sizes[s][0], h = sizes[s][1];
          cairo_rectangle_t boxes[12];

          if (pass == 0 && n > G_N_ELEMENTS (labels))
            continue;
          for (guint a = 0; a < n; a++)
            {
              double cx, cy, x100, y100;

              livc_radar_label_box (&data, w, h, a, &boxes[a]);
              if (boxes[a].x < 0 || boxes[a].y < 0 || boxes[a].x + boxes[a].width > w ||
                  boxes[a].y + boxes[a].height > h)
                fail_msg ("%u axes at %.0f×%.0f: label %u lies outside", n, w, h, a);
              for (guint b = 0; b < a; b++)
                if (boxes_overlap (&boxes[a], &boxes[b]))
                  fail_msg ("%u axes at %.0f×%.0f (%s): labels %u and %u overlap", n, w, h,
                            pass == 0 ? "one language" : "two languages", b, a);
              /* The axis end (100 %) lies outside its own label. */
              assert_true (livc_radar_point (&data, w, h, a, 0, &cx, &cy));
              assert_true (livc_radar_point (&data, w, h, a, 100, &x100, &y100));
              if (x100 > boxes[a].x + 1 && x100 < boxes[a].x + boxes[a].width - 1 &&
                  y100 > boxes[a].y + 1 && y100 < boxes[a].y + boxes[a].height - 1)
                fail_msg ("%u axes at %.0f×%.0f: label %u covers its axis end", n, w, h, a);
            }
        }
}

/* A trend chart puts each dated score where its value says; a date without a score
 * breaks the line and has no point. */
static void
test_trend_points (void **state)
{
  const double values[] = { 20, NAN, 55, 90 };
  const char *dates[] = { "2023", "2024", "2025", "2026" };
  const char *value_labels[] = { "20%", "—", "55%", "90%" };
  const double rings[] = { 25, 50, 75 };
  LivcTrendData data = {
    .title = "Informatie-uitwisseling & beroepsgeheim", .n_points = 4, .x_labels = dates,
    .values = values, .value_labels = value_labels, .n_rings = 3, .rings = rings,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 220);
  cairo_t *cr = cairo_create (surface);
  double er, eg, eb, x, y, x_next, y_next, r, g, b;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  livc_trend_draw (cr, &data, 400, 220);
  cairo_destroy (cr);
  if (g_getenv ("LIVC_TEST_OUTPUT") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("LIVC_TEST_OUTPUT"), "trend.png", NULL);
      cairo_surface_write_to_png (surface, path);
    }

  livc_radar_series_color (0, &er, &eg, &eb);
  for (guint i = 0; i < 4; i++)
    {
      if (isnan (values[i]))
        {
          assert_false (livc_trend_point (&data, 400, 220, i, &x, &y));
          continue;
        }
      assert_true (livc_trend_point (&data, 400, 220, i, &x, &y));
      pixel_at (surface, x, y, &r, &g, &b);
      if (!close_to (r, g, b, er, eg, eb))
        fail_msg ("point %u at %.0f,%.0f is %.2f %.2f %.2f", i, x, y, r, g, b);
    }
  /* Higher scores stand higher, dates run left to right. */
  assert_true (livc_trend_point (&data, 400, 220, 2, &x, &y));
  assert_true (livc_trend_point (&data, 400, 220, 3, &x_next, &y_next));
  assert_true (x_next > x && y_next < y);
  /* No line across the missing 2024: halfway between 2023 and 2025 is background. */
  {
    double x0, y0, x2, y2;

    assert_true (livc_trend_point (&data, 400, 220, 0, &x0, &y0));
    assert_true (livc_trend_point (&data, 400, 220, 2, &x2, &y2));
    pixel_at (surface, (x0 + x2) / 2, (y0 + y2) / 2, &r, &g, &b);
    assert_false (close_to (r, g, b, er, eg, eb));
  }
  cairo_surface_destroy (surface);
}

/* The rings of the radar and the guides of the trend charts, in the reports and on screen:
 * one at each stage's minimum but a stage from 0, and one at 100. */
static void
test_stage_rings (void **state)
{
  g_autofree char *path = livc_test_file ("scoring-q.xml");
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (path, NULL, NULL);
  g_autofree double *rings = NULL;
  guint n_rings = 0;

  assert_non_null (q);
  rings = livc_radar_stage_rings (q, &n_rings);
  assert_int_equal (n_rings, 3);
  assert_double_equal (rings[0], 40);
  assert_double_equal (rings[1], 75);
  assert_double_equal (rings[2], 100);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_stage_rings),
    cmocka_unit_test (test_points_where_scores_say),
    cmocka_unit_test (test_geometry),
    cmocka_unit_test (test_many_series_and_sizes),
    cmocka_unit_test (test_trend_points),
    cmocka_unit_test (test_labels_do_not_overlap),
  };

  int failed;

  livc_core_init ();
  failed = cmocka_run_group_tests_name ("radar", tests, NULL, NULL);

  /* Pango keeps its font map for the life of the process; release it so that the leak
   * checkers see only fontconfig's own cache (suppressed, see tests/valgrind.supp). */
  pango_cairo_font_map_set_default (NULL);
  return failed;
}
