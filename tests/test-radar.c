/* test-radar.c: the radar draws its points where the scores say, leaves axes without a
 * score empty, and draws at any size; the trend chart puts its points where the scores say.
 * Set LIVC_TEST_OUTPUT to keep the PNGs to look at.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>
#include <valgrind/valgrind.h>

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

  livc_radar_series_color (0, FALSE, &er, &eg, &eb);
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
          livc_radar_series_color (2, FALSE, &er, &eg, &eb);
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

  livc_radar_series_color (0, FALSE, &er, &eg, &eb);
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

/* Pixels that are not the white background. */
static guint
count_ink (cairo_surface_t *surface)
{
  unsigned char *data;
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int stride;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 p;

        memcpy (&p, data + y * stride + x * 4, sizeof p);
        if ((p & 0xffffff) != 0xffffff)
          n++;
      }
  return n;
}

/* The distance from 0 % to 100 % on the first axis. */
static double
radius_of (const LivcRadarData *data,
           double               width,
           double               height)
{
  double x0, y0, x1, y1;

  assert_true (livc_radar_point (data, width, height, 0, 0, &x0, &y0));
  assert_true (livc_radar_point (data, width, height, 0, 100, &x1, &y1));
  return hypot (x1 - x0, y1 - y0);
}

/* One or two axes make no polygon: they are bars, one per series, from 0 to the value,
 * labelled, never a blank image. */
static void
test_bars_below_three_axes (void **state)
{
  const char *two[] = { "Wettelijke basis & samenwerkingsprotocol", "Regie & visie" };
  double v[3][2] = { { 80, 35 }, { 55, NAN }, { 20, 95 } };
  double low[] = { 30, 40 }, high[] = { 70, 80 }, median[] = { 50, 60 };
  LivcRadarSeries series[3] = { { "Heuvelmolen", v[0], FALSE }, { "Nethebroek", v[1], FALSE },
                                { "Heidebeek", v[2], TRUE } };
  const int sizes[][2] = { { 800, 800 }, { 420, 330 }, { 1200, 300 }, { 200, 200 } };
  /* Valgrind runs forty times slower: two sizes there. */
  guint n_sizes = RUNNING_ON_VALGRIND ? 2 : G_N_ELEMENTS (sizes);

  for (guint n_axes = 1; n_axes <= 2; n_axes++)
    for (guint n_series = 1; n_series <= 3; n_series += 2)
      for (guint i = 0; i < n_sizes; i++)
        {
          LivcRadarData data = { .n_axes = n_axes, .labels = two, .n_series = n_series,
                                 .series = series };
          int w = sizes[i][0], h = sizes[i][1];
          g_autofree char *name = g_strdup_printf ("bars-%u-%u-%dx%d.png", n_axes, n_series, w, h);
          cairo_surface_t *surface;
          double er, eg, eb;

          if (n_series == 3)
            {
              data.band_low = low;
              data.band_high = high;
              data.median = median;
              data.band_name = "25–75";
              data.median_name = "mediaan";
            }
          surface = render (&data, w, h, name);
          /* Not blank: bars, guides and labels cover a good part of it. */
          if (count_ink (surface) < (guint) (w * h / 50))
            fail_msg ("%s: %u pixels drawn", name, count_ink (surface));
          for (guint a = 0; a < n_axes; a++)
            {
              double x, y, x0, y0, r, g, b;
              cairo_rectangle_t box;

              /* Halfway along the first series' bar, its colour (the fill, lighter). */
              assert_true (livc_radar_point (&data, w, h, a, 0, &x0, &y0));
              assert_true (livc_radar_point (&data, w, h, a, v[0][a], &x, &y));
              assert_true (x > x0 + (w * 0.6) * v[0][a] / 100 * 0.8 && fabs (y - y0) < 1e-6);
              pixel_at (surface, (x0 + x) / 2, y, &r, &g, &b);
              livc_radar_series_color (0, FALSE, &er, &eg, &eb);
              if (!(b > r + 0.1 && fabs (b - (1 - 0.35 * (1 - eb))) < 0.1))
                fail_msg ("%s: axis %u's bar at %.0f,%.0f is %.2f %.2f %.2f", name, a,
                          (x0 + x) / 2, y, r, g, b);
              /* The label stays inside the image, left of the bars. */
              livc_radar_label_box (&data, w, h, a, &box);
              assert_true (box.x >= 0 && box.y >= 0);
              assert_true (box.x + box.width <= x0 && box.y + box.height <= h);
              assert_true (box.width > 0 && box.height > 0);
            }
          if (n_axes == 2)
            {
              double xa, ya, xb, yb;

              /* Two rows, the first above. */
              assert_true (livc_radar_point (&data, w, h, 0, 50, &xa, &ya));
              assert_true (livc_radar_point (&data, w, h, 1, 50, &xb, &yb));
              assert_true (yb > ya && fabs (xa - xb) < 1e-6);
            }
          /* No score, no bar. */
          {
            double x, y;

            if (n_series == 3 && n_axes == 2)
              assert_false (livc_radar_point (&data, w, h, 1, v[1][1], &x, &y));
          }
          cairo_surface_destroy (surface);
        }
}

/* A title with a long run that has no break keeps inside the image on a few lines and
 * leaves the chart its size, also in two languages and for every axis at once. */
static void
test_long_labels_keep_size (void **state)
{
  double values[] = { 80, 70, 60, 50, 40, 30, 20, 10 };
  LivcRadarSeries series = { "Heuvelmolen", values, FALSE };
  GString *run = g_string_new (NULL);
  GString *words = g_string_new (NULL);
  g_autofree char *bilingual = NULL;
  const int sizes[][2] = { { 800, 800 }, { 420, 330 }, { 1200, 500 } };
  guint n_sizes = RUNNING_ON_VALGRIND ? 1 : G_N_ELEMENTS (sizes);

  for (guint i = 0; run->len < 100000; i++)
    g_string_append_printf (run, "Samenwerkingsprotocol%u", i);
  for (guint i = 0; words->len < 100000; i++)
    g_string_append_printf (words, "woord%u ", i);
  bilingual = g_strdup_printf ("%s\n%s", run->str, words->str);
  for (guint i = 0; i < n_sizes; i++)
    {
      int w = sizes[i][0], h = sizes[i][1];
      LivcRadarData normal = { .n_axes = 8, .labels = labels, .n_series = 1, .series = &series };
      double r0 = radius_of (&normal, w, h);
      const char *texts[] = { run->str, words->str, bilingual };

      /* Under valgrind, the bilingual title alone: it holds both the run and the words. */
      for (guint t = RUNNING_ON_VALGRIND ? 2 : 0; t < G_N_ELEMENTS (texts); t++)
        for (guint all = 0; all < 2; all++)
          {
            const char *long_labels[8];
            LivcRadarData data = normal;
            g_autofree char *name = g_strdup_printf ("long-%u-%u-%dx%d.png", t, all, w, h);
            cairo_surface_t *surface;
            double r;

            for (guint a = 0; a < 8; a++)
              long_labels[a] = all || a == 2 ? texts[t] : labels[a];
            data.labels = long_labels;
            r = radius_of (&data, w, h);
            if (r < 0.6 * r0 || r < 0.2 * MIN (w, h))
              fail_msg ("%s: radius %.0f, %.0f with short labels", name, r, r0);
            /* Each box measures the chart again: under valgrind, the long ones'. */
            for (guint a = 0; a < 8; a++)
              {
                cairo_rectangle_t box;

                if (RUNNING_ON_VALGRIND && long_labels[a] == labels[a])
                  continue;
                livc_radar_label_box (&data, w, h, a, &box);
                if (box.x < 0 || box.y < 0 || box.x + box.width > w || box.y + box.height > h)
                  fail_msg ("%s: label %u at %.0f,%.0f %.0f×%.0f", name, a, box.x, box.y,
                            box.width, box.height);
              }
            surface = render (&data, w, h, name);
            assert_true (count_ink (surface) > (guint) (w * h / 20));
            cairo_surface_destroy (surface);
          }
    }
  g_string_free (run, TRUE);
  g_string_free (words, TRUE);
}

/* The PNG export of questionnaires with one, two and three domains, the last with very
 * long titles: never blank, and the chart as large as with short titles. */
static char *
generated_questionnaire (guint       n_domains,
                         const char *title)
{
  GString *xml = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<questionnaire xmlns=\"urn:livc-scan:questionnaire:1\" id=\"gen\" version=\"1\"\n"
    "               source-lang=\"nl\">\n"
    "  <title xml:lang=\"nl\">Gegenereerd</title>\n  <scale id=\"five\">\n");
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  for (guint l = 1; l <= 5; l++)
    g_string_append_printf (xml, "    <level value=\"%u\"><label xml:lang=\"nl\">Niveau %u</label>"
                                 "</level>\n", l, l);
  g_string_append (xml, "  </scale>\n  <stages>\n"
                        "    <stage id=\"s1\" min=\"0\"><label xml:lang=\"nl\">Begin</label>"
                        "</stage>\n"
                        "    <stage id=\"s2\" min=\"50\"><label xml:lang=\"nl\">Sterk</label>"
                        "</stage>\n"
                        "  </stages>\n");
  for (guint d = 0; d < n_domains; d++)
    g_string_append_printf (xml, "  <domain id=\"d%u\">\n    <title xml:lang=\"nl\">%s %u</title>\n"
                                 "    <item id=\"i%u\" scale=\"five\">"
                                 "<text xml:lang=\"nl\">Item %u</text></item>\n"
                                 "  </domain>\n", d, escaped, d, d, d);
  g_string_append (xml, "</questionnaire>\n");
  return g_string_free (xml, FALSE);
}

static guint
png_ink (guint       n_domains,
         const char *title,
         const char *dir)
{
  g_autofree char *qxml = generated_questionnaire (n_domains, title);
  g_autoptr(GBytes) qbytes = g_bytes_new (qxml, strlen (qxml));
  g_autoptr(GString) axml = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"gen\"\n"
    "            questionnaire-version=\"1\">\n"
    "  <municipality nis=\"99001\">Testdorp</municipality>\n  <date>2026-11-21</date>\n");
  g_autoptr(GBytes) abytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire_bytes (qbytes, "gen.xml", NULL, &error);
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcScoreSet) scores = NULL;
  g_autofree char *path = g_strdup_printf ("%s/radar-%u.png", dir, n_domains);
  cairo_surface_t *surface;
  guint ink;

  assert_null (error);
  for (guint d = 0; d < n_domains; d++)
    g_string_append_printf (axml, "  <answer item=\"i%u\" value=\"%u\"/>\n", d, 5 - d);
  g_string_append (axml, "</assessment>\n");
  abytes = g_bytes_new (axml->str, axml->len);
  a = livc_load_assessment_bytes (abytes, "gen-a.xml", NULL, &error);
  assert_null (error);
  scores = livc_score_set_new (q, a);
  assert_true (livc_report_write_radar_png (scores, "nl", path, &error));
  surface = cairo_image_surface_create_from_png (path);
  assert_int_equal (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);
  assert_int_equal (cairo_image_surface_get_width (surface), 800);
  ink = count_ink (surface);
  cairo_surface_destroy (surface);
  return ink;
}

static void
test_png_few_domains_long_titles (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  GString *run = g_string_new (NULL);
  guint short3, long3;

  for (guint i = 0; run->len < 50000; i++)
    g_string_append_printf (run, "Informatiedoorstroming%u", i);
  /* A blank 800×800 image has no ink; bars and labels have plenty. */
  assert_true (png_ink (1, "Domein", dir) > 800 * 800 / 50);
  assert_true (png_ink (2, "Domein", dir) > 800 * 800 / 50);
  if (!RUNNING_ON_VALGRIND)
    {
      assert_true (png_ink (1, run->str, dir) > 800 * 800 / 50);
      assert_true (png_ink (2, run->str, dir) > 800 * 800 / 50);
    }
  /* A chart an eighth of its size would have a sixty-fourth of its polygon's ink. */
  short3 = png_ink (3, "Domein", dir);
  long3 = png_ink (3, run->str, dir);
  if (long3 < short3 / 2)
    fail_msg ("%u pixels drawn with long titles, %u with short ones", long3, short3);
  g_string_free (run, TRUE);
  livc_test_rmdir (dir);
}

/* WCAG 2's relative luminance and contrast ratio. */
static double
luminance (double r,
           double g,
           double b)
{
  double c[3] = { r, g, b };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.04045 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double
contrast (double r1, double g1, double b1,
          double r2, double g2, double b2)
{
  double l1 = luminance (r1, g1, b1), l2 = luminance (r2, g2, b2);

  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

/* Every series, its points too, stands out 3:1 (WCAG's minimum for graphics) from the
 * backgrounds it is drawn on: white paper and the light style's window and view with the
 * light palette, the dark style's window, view and cards with the dark one. */
static void
test_series_contrast (void **state)
{
  static const double light_bg[][3] = { { 1, 1, 1 }, { 0.98, 0.98, 0.98 } };
  static const double dark_bg[][3] = {
    { 0.118, 0.118, 0.118 }, { 0.141, 0.141, 0.141 }, { 0.188, 0.188, 0.188 },
  };
  double values[LIVC_RADAR_MAX_SERIES][8];
  LivcRadarSeries series[LIVC_RADAR_MAX_SERIES];

  for (guint s = 0; s < LIVC_RADAR_MAX_SERIES; s++)
    {
      double r, g, b;

      livc_radar_series_color (s, FALSE, &r, &g, &b);
      for (guint k = 0; k < G_N_ELEMENTS (light_bg); k++)
        if (contrast (r, g, b, light_bg[k][0], light_bg[k][1], light_bg[k][2]) < 3)
          fail_msg ("light series %u: %.2f:1 on background %u", s,
                    contrast (r, g, b, light_bg[k][0], light_bg[k][1], light_bg[k][2]), k);
      livc_radar_series_color (s, TRUE, &r, &g, &b);
      for (guint k = 0; k < G_N_ELEMENTS (dark_bg); k++)
        if (contrast (r, g, b, dark_bg[k][0], dark_bg[k][1], dark_bg[k][2]) < 3)
          fail_msg ("dark series %u: %.2f:1 on background %u", s,
                    contrast (r, g, b, dark_bg[k][0], dark_bg[k][1], dark_bg[k][2]), k);
      for (guint a = 0; a < 8; a++)
        values[s][a] = 20 + 10 * s;
      series[s] = (LivcRadarSeries) { "Heuvelmolen", values[s], FALSE };
    }

  /* Drawn: each series' point, sampled where it is, against the dark window. */
  for (int dark = 0; dark <= 1; dark++)
    {
      LivcRadarData data = { .n_axes = 8, .labels = labels, .n_series = LIVC_RADAR_MAX_SERIES,
                             .series = series, .dark = dark };
      const double *bg = dark ? dark_bg[1] : light_bg[0];
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 800);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, bg[0], bg[1], bg[2]);
      cairo_paint (cr);
      livc_radar_draw (cr, &data, 800, 800);
      cairo_destroy (cr);
      for (guint s = 0; s < LIVC_RADAR_MAX_SERIES; s++)
        {
          double x, y, r, g, b;

          assert_true (livc_radar_point (&data, 800, 800, 1, values[s][1], &x, &y));
          pixel_at (surface, x, y, &r, &g, &b);
          if (contrast (r, g, b, bg[0], bg[1], bg[2]) < 3)
            fail_msg ("%s: the point of series %u is %.2f:1", dark ? "dark" : "light", s,
                      contrast (r, g, b, bg[0], bg[1], bg[2]));
        }
      cairo_surface_destroy (surface);
    }
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
    cmocka_unit_test (test_bars_below_three_axes),
    cmocka_unit_test (test_long_labels_keep_size),
    cmocka_unit_test (test_png_few_domains_long_titles),
    cmocka_unit_test (test_series_contrast),
  };
  int failed;

  livc_core_init ();
  failed = cmocka_run_group_tests_name ("radar", tests, NULL, NULL);

  /* Pango keeps its font map for the life of the process; release it so that the leak
   * checkers see only fontconfig's own cache (suppressed, see tests/valgrind.supp). */
  pango_cairo_font_map_set_default (NULL);
  return failed;
}
