/* livc-report.c: the single-assessment report. Content is built once as a list of blocks
 * (headings, paragraphs, table rows, the radar), then laid out into A4 pages: a paragraph
 * that does not fit is split between two lines, so no text is ever cut or overlaps. Pages
 * are drawn on demand into any cairo_t; the PDF writer adds metadata, an outline and a
 * clickable table of contents. In "nl+fr" every text stands in two columns.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "livc-catalog.h"
#include "livc-radar.h"
#include "livc-report.h"
#include "livc-text-flow.h"
#include "livc-trend.h"
#include "livc-writer.h"
#include "livc-xml.h"

#define FONT        "DejaVu Sans"
#define MARGIN_X    56.0
#define MARGIN_TOP  64.0
#define MARGIN_BOT  64.0
#define GUTTER      18.0
#define CONTENT_W   (LIVC_REPORT_PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_TOP MARGIN_TOP
#define CONTENT_BOT (LIVC_REPORT_PAGE_HEIGHT - MARGIN_BOT)
#define MAX_COLS    2
#define TOC_LINE    18.0
#define MAX_KEPT    4000 /* layouts kept from pagination for drawing: a long report's worth */
#define MAX_KEPT_BYTES (1024 * 1024) /* and the text they hold, at most */
#define LINE_SPACING 1.5
#define MAX_ONE_LINE 1000 /* characters of a text ellipsized on one line that are laid out */

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_H1,
  STYLE_H2,
  STYLE_BODY,
  STYLE_BOLD,
  STYLE_SMALL,
  STYLE_MUTED,
  STYLE_BIG,
} Style;

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_CHART,
  BLOCK_SPACE,
  BLOCK_BREAK,
  BLOCK_TOC,
} BlockKind;

typedef enum
{
  CHART_RADAR,         /* the assessment's radar */
  CHART_COMPARE_RADAR, /* overlaid series, or the highlighted one against its peers */
  CHART_TREND,         /* a row of trend charts: trend arg, domains from arg2 */
} ChartKind;

typedef struct _Block
{
  BlockKind  kind;
  Style      style;
  char      *text[MAX_COLS]; /* per language column; [1] only in bilingual reports */
  char      *anchor;         /* PDF destination, for headings in the outline and contents */
  int        outline_level;  /* 0: not in the outline */
  double     indent;
  double     space;          /* BLOCK_SPACE height, or space above a text */
  GPtrArray *cells;          /* BLOCK_ROW: char* */
  const double *widths;      /* BLOCK_ROW: column fractions of the content width */
  double    *owned_widths;   /* BLOCK_ROW: widths made for this table, freed with it */
  gboolean   header;         /* BLOCK_ROW: a table header */
  struct _Block *repeat;     /* BLOCK_ROW: the header to repeat atop a new page */
  ChartKind  chart;          /* BLOCK_CHART */
  guint      arg, arg2;
  double     height;         /* BLOCK_CHART */
  /* Broken into lines ahead of pagination: each column's text, or the cells of a row. */
  LivcTextFlow *flow[MAX_COLS];
  GPtrArray    *cell_flows;  /* LivcTextFlow* */
} Block;

typedef struct
{
  Block *block;
  double y;
  double height;
  int    start[MAX_COLS];    /* the lines of each column's text on this page; the entry of */
  int    end[MAX_COLS];      /* a line of the contents in start[0] */
  guint *cell_start;         /* a row: the lines of each cell on this page */
  guint *cell_end;
} Placed;

typedef struct
{
  char *title;
  char *anchor;
  int   level;
  guint page;                /* from 1 */
  double y;                  /* the heading's top on that page */
} Entry;

struct _LivcReport
{
  GObject       parent_instance;
  LivcScoreSet *scores;      /* the assessment of a single report */
  LivcComparison *comparison; /* or the assessments of a comparison report */
  GPtrArray    *trends;      /* LivcTrend*, in a comparison report */
  LivcQuestionnaire *questionnaire; /* the (reference) questionnaire */
  char         *author;      /* PDF metadata */
  char         *date;
  char         *lang;        /* "nl", "fr", "en" or "nl+fr" */
  char         *langs[MAX_COLS];
  guint         n_cols;
  GPtrArray    *blocks;      /* Block* */
  GPtrArray    *pages;       /* GPtrArray* of Placed* */
  GArray       *entries;     /* Entry: the outline and the contents */
  char         *running;     /* the running header's text */
  char         *title;       /* the PDF's title: the same, without isolates */
  PangoFontMap *font_map;
  PangoContext *context;
  guint         n_kept;      /* layouts kept from pagination for drawing */
  gboolean      incomplete;  /* some text could not be laid out whole */
  GPtrArray    *isolated;    /* texts from files, isolated, kept as long as the report */
};

G_DEFINE_FINAL_TYPE (LivcReport, livc_report, G_TYPE_OBJECT)

/* Report wording */

static GHashTable *
report_texts (void)
{
  static gsize once = 0;
  static GHashTable *texts;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlDoc *doc;

      livc_core_init ();
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) livc_text_unref);
      bytes = g_resources_lookup_data ("/be/livcscan/report/report-texts.xml", 0, NULL);
      g_assert (bytes != NULL);
      doc = livc_xml_read_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "report-texts.xml", NULL, NULL);
      g_assert (doc != NULL);
      for (xmlNode *t = xmlDocGetRootElement (doc)->children; t != NULL; t = t->next)
        {
          LivcText *text;

          if (t->type != XML_ELEMENT_NODE)
            continue;
          text = livc_text_new ();
          for (xmlNode *l = t->children; l != NULL; l = l->next)
            if (l->type == XML_ELEMENT_NODE)
              {
                g_autofree char *value = livc_xml_text (l);
                livc_text_set (text, (const char *) l->name, value);
              }
          g_hash_table_insert (texts, livc_xml_prop (t, "id"), text);
        }
      xmlFreeDoc (doc);
      g_once_init_leave (&once, 1);
    }
  return texts;
}

const char *
livc_report_text (const char *id,
                  const char *lang)
{
  LivcText *text = g_hash_table_lookup (report_texts (), id);

  g_return_val_if_fail (text != NULL, id);
  return livc_text_lookup (text, lang, "en");
}

/* "21 november 2026", "21 novembre 2026", "21 November 2026". */
char *
livc_format_date (const char *iso_date,
                  const char *lang)
{
  g_auto(GStrv) months = NULL;
  int y, m, d;

  if (!livc_date_is_valid (iso_date))
    return g_strdup (iso_date ? iso_date : "");
  y = atoi (iso_date);
  m = atoi (iso_date + 5);
  d = atoi (iso_date + 8);
  months = g_strsplit (livc_report_text ("months", lang), " ", 12);
  if (g_strv_length (months) != 12)
    return g_strdup (iso_date);
  if (g_strcmp0 (lang, "fr") == 0 && d == 1)
    return g_strdup_printf ("1er %s %d", months[m - 1], y);
  return g_strdup_printf ("%d %s %d", d, months[m - 1], y);
}

/* Percentages are printed as integers, half away from zero; French puts a (narrow)
 * no-break space before the sign, Dutch and English none. */
char *
livc_format_percent (double      value,
                     const char *lang)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("—");
  number = livc_format_decimal (value, 0);
  if (g_strcmp0 (lang, "fr") == 0)
    return g_strdup_printf ("%s\u202f%%", number);
  return g_strdup_printf ("%s%%", number);
}

gboolean
livc_report_lang_is_valid (const char *lang)
{
  return g_strcmp0 (lang, "nl") == 0 || g_strcmp0 (lang, "fr") == 0 ||
         g_strcmp0 (lang, "en") == 0 || g_strcmp0 (lang, "nl+fr") == 0;
}

/* A text from a file (an assessment's or a questionnaire's), isolated so that its
 * bidirectional controls cannot reorder the report's own words around it; NULL for NULL. */
static const char *
iso (LivcReport *self,
     const char *text)
{
  char *isolated = livc_text_isolate (text);

  if (isolated != NULL)
    g_ptr_array_add (self->isolated, isolated);
  return isolated;
}

static const char *
q_lookup (LivcReport     *self,
          const LivcText *text,
          const char     *lang)
{
  return iso (self, livc_questionnaire_lookup (self->questionnaire, text, lang));
}

/* One string per column, freed together (g_autofree on an array would free only the
 * first). */
typedef struct
{
  char *s[MAX_COLS];
} Strings;

static void
strings_clear (Strings *strings)
{
  for (guint i = 0; i < MAX_COLS; i++)
    g_clear_pointer (&strings->s[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Strings, strings_clear)

/* Report texts are data, never printf formats: their %d and %u take first and second in
 * turn (twice over in a bilingual text). */
static char *
fill_numbers (const char *template,
              guint       first,
              guint       second)
{
  GString *s = g_string_new (NULL);
  guint used = 0;

  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'd' || p[1] == 'u'))
        {
          g_string_append_printf (s, "%u", used++ % 2 == 0 ? first : second);
          p++;
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* Blocks */

/* A fixed text in each of langs, "nl / fr" for two. */
static char *
texts_joined (const char         *id,
              const char * const *langs,
              guint               n_langs)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < n_langs; c++)
    g_string_append_printf (s, "%s%s", c > 0 ? " / " : "", livc_report_text (id, langs[c]));
  return g_string_free (s, FALSE);
}

/* A fixed text in every language of the report, "nl / fr" in a bilingual one. */
static char *
label_all (LivcReport *self,
           const char *id)
{
  return texts_joined (id, (const char * const *) self->langs, self->n_cols);
}

static void
block_free (gpointer data)
{
  Block *b = data;

  for (guint i = 0; i < MAX_COLS; i++)
    g_free (b->text[i]);
  g_free (b->anchor);
  g_free (b->owned_widths);
  g_clear_pointer (&b->cells, g_ptr_array_unref);
  for (guint i = 0; i < MAX_COLS; i++)
    g_clear_pointer (&b->flow[i], livc_text_flow_free);
  g_clear_pointer (&b->cell_flows, g_ptr_array_unref);
  g_free (b);
}

static Block *
add_block (LivcReport *self,
           BlockKind   kind,
           Style       style)
{
  Block *b = g_new0 (Block, 1);

  b->kind = kind;
  b->style = style;
  g_ptr_array_add (self->blocks, b);
  return b;
}

/* A text in every column: texts[i] is the text in self->langs[i]. */
static Block *
add_texts (LivcReport         *self,
           Style               style,
           const char * const *texts)
{
  Block *b = add_block (self, BLOCK_TEXT, style);

  for (guint i = 0; i < self->n_cols; i++)
    b->text[i] = g_strdup (texts[i] ? texts[i] : "");
  return b;
}

/* A fixed report text, in every column. */
static Block *
add_label (LivcReport *self,
           Style       style,
           const char *id)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = livc_report_text (id, self->langs[i]);
  return add_texts (self, style, texts);
}

/* A questionnaire text, in every column. */
static Block *
add_q_text (LivcReport     *self,
            Style           style,
            const LivcText *text)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = q_lookup (self, text, self->langs[i]);
  return add_texts (self, style, texts);
}

/* The same text (a name, a note) across the columns. */
static Block *
add_plain (LivcReport *self,
           Style       style,
           const char *text)
{
  Block *b = add_block (self, BLOCK_TEXT, style);

  b->text[0] = g_strdup (text ? text : "");
  return b;
}

static void
add_space (LivcReport *self,
           double      height)
{
  add_block (self, BLOCK_SPACE, STYLE_BODY)->space = height;
}

/* A heading in the outline and the contents: texts[i] in self->langs[i]. */
static void
add_heading_texts (LivcReport         *self,
                   Style               style,
                   const char * const *texts,
                   int                 level)
{
  Block *b = add_texts (self, style, texts);
  g_autoptr(GString) title = g_string_new (NULL);
  Entry entry = { 0 };

  b->anchor = g_strdup_printf ("s%u", self->entries->len + 1);
  b->outline_level = level;
  b->space = level == 1 ? 6 : 4;
  for (guint i = 0; i < self->n_cols; i++)
    {
      if (i > 0)
        g_string_append (title, " · ");
      g_string_append (title, b->text[i]);
    }
  entry.title = g_string_free (g_steal_pointer (&title), FALSE);
  entry.anchor = g_strdup (b->anchor);
  entry.level = level;
  g_array_append_val (self->entries, entry);
}

static void
add_heading (LivcReport     *self,
             Style           style,
             const char     *id,
             const LivcText *qtext,
             int             level)
{
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < self->n_cols; i++)
    texts[i] = qtext != NULL ? q_lookup (self, qtext, self->langs[i])
                             : livc_report_text (id, self->langs[i]);
  add_heading_texts (self, style, texts, level);
}

static Block *
add_row (LivcReport         *self,
         const double       *widths,
         gboolean            header,
         const char * const *cells,
         guint               n_cells)
{
  Block *b = add_block (self, BLOCK_ROW, header ? STYLE_BOLD : STYLE_BODY);

  b->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (b->cells, g_strdup (cells[i] ? cells[i] : ""));
  b->widths = widths;
  b->header = header;
  return b;
}

static Block *
add_chart (LivcReport *self,
           ChartKind   chart,
           double      height,
           guint       arg,
           guint       arg2)
{
  Block *b = add_block (self, BLOCK_CHART, STYLE_BODY);

  b->chart = chart;
  b->height = height;
  b->arg = arg;
  b->arg2 = arg2;
  return b;
}

/* Pango */

static PangoFontDescription *
font_for (Style style)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT);
  double size = 9.5;

  switch (style)
    {
    case STYLE_TITLE:
      size = 24;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_SUBTITLE:
      size = 14;
      break;
    case STYLE_H1:
      size = 16;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_H2:
      size = 11;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_BOLD:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_SMALL:
    case STYLE_MUTED:
      size = 8.5;
      break;
    case STYLE_BIG:
      size = 30;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case STYLE_BODY:
    default:
      break;
    }
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  return font;
}

/* A context whose metrics depend on no screen, the same layout for print, PDF and preview,
 * set as a PDF page sets it: the text laid out to find the page breaks is then drawn into
 * the PDF as it is, not laid out and shaped a second time. */
static PangoContext *
new_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_surface_t *pdf;
  cairo_t *cr;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
  pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, LIVC_REPORT_PAGE_WIDTH, LIVC_REPORT_PAGE_HEIGHT);
  cr = cairo_create (pdf);
  livc_text_update_context (context, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (pdf);
  return context;
}

static PangoLayout *
make_layout_in (PangoContext *context,
                Style         style,
                const char   *text,
                int           length,
                double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = font_for (style);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, length);
  pango_layout_set_spacing (layout, (int) (LINE_SPACING * PANGO_SCALE));
  pango_font_description_free (font);
  return layout;
}

static PangoLayout *
make_layout (LivcReport *self,
             Style       style,
             const char *text,
             int         length,
             double      width)
{
  return make_layout_in (self->context, style, text, length, width);
}

static double
column_width (LivcReport *self)
{
  return (CONTENT_W - (self->n_cols - 1) * GUTTER) / self->n_cols;
}

/* Breaking into lines ahead */

typedef struct
{
  LivcTextFlow **out;
  Style          style;
  const char    *text;
  double         width;
  gboolean       keep;   /* its layouts kept for drawing */
} Job;

static void
run_jobs (PangoContext *context,
          GArray       *jobs)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = &g_array_index (jobs, Job, i);
      PangoFontDescription *font = font_for (job->style);

      *job->out = livc_text_flow_new (context, font, LINE_SPACING, job->width, job->text,
                                      job->keep);
      pango_font_description_free (font);
    }
}

static gpointer
run_jobs_in_thread (gpointer data)
{
  /* A font map of its own: Pango's objects are not used from two threads at once. Its
   * fonts and their metrics are those of the report's own map. */
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = new_context (font_map);

  run_jobs (context, data);
  g_object_unref (context);
  return NULL;
}

/* Breaks every text and every cell into lines, on two cores: shaping is most of the time
 * a report takes. Half the work goes to a thread with a context of its own, set as the
 * report's. The layouts of a long report's first texts are kept for drawing; the others
 * are laid out again, a page at a time, when drawn. */
static void
prepare_flows (LivcReport *self)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Job));
  g_autoptr(GArray) theirs = NULL;
  g_autoptr(GArray) mine = NULL;
  double width = column_width (self);
  gsize total = 0, kept = 0, my_bytes = 0, their_bytes = 0;
  GThread *thread;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = g_ptr_array_index (self->blocks, i);

      if (b->kind == BLOCK_ROW)
        {
          b->cell_flows = g_ptr_array_new_full (b->cells->len,
                                                (GDestroyNotify) livc_text_flow_free);
          g_ptr_array_set_size (b->cell_flows, b->cells->len);
          for (guint c = 0; c < b->cells->len; c++)
            {
              Job job = { (LivcTextFlow **) &b->cell_flows->pdata[c], b->style,
                          g_ptr_array_index (b->cells, c), b->widths[c] * CONTENT_W - 6, FALSE };
              g_array_append_val (all, job);
            }
        }
      else if (b->kind == BLOCK_TEXT)
        {
          guint cols = b->text[1] != NULL ? self->n_cols : 1;

          for (guint c = 0; c < cols; c++)
            {
              Job job = { &b->flow[c], b->style, b->text[c],
                          cols == 1 ? CONTENT_W - b->indent : width, FALSE };
              g_array_append_val (all, job);
            }
        }
    }
  for (guint i = 0; i < all->len; i++)
    {
      Job *job = &g_array_index (all, Job, i);
      gsize bytes = strlen (job->text) + 16;

      job->keep = self->n_kept < MAX_KEPT && kept + bytes <= MAX_KEPT_BYTES;
      if (job->keep)
        {
          self->n_kept++;
          kept += bytes;
        }
      total += bytes;
    }
  /* A thread and a second font map pay off only for some pages of text. */
  if (total < 8192)
    run_jobs (self->context, all);
  else
    {
      mine = g_array_new (FALSE, FALSE, sizeof (Job));
      theirs = g_array_new (FALSE, FALSE, sizeof (Job));
      for (guint i = 0; i < all->len; i++)
        {
          Job *job = &g_array_index (all, Job, i);
          gsize bytes = strlen (job->text) + 16;

          if (my_bytes <= their_bytes)
            {
              g_array_append_val (mine, *job);
              my_bytes += bytes;
            }
          else
            {
              g_array_append_val (theirs, *job);
              their_bytes += bytes;
            }
        }
      thread = g_thread_new ("livc-report", run_jobs_in_thread, theirs);
      run_jobs (self->context, mine);
      g_thread_join (thread);
    }
  for (guint i = 0; i < all->len; i++)
    if (!livc_text_flow_is_complete (*g_array_index (all, Job, i).out))
      self->incomplete = TRUE;
}

/* The height of a row whose cells show lines start[i] to end[i] - 1. */
static double
row_height (Block       *b,
            const guint *start,
            const guint *end)
{
  double h = 0;

  for (guint i = 0; i < b->cell_flows->len; i++)
    {
      LivcTextFlow *flow = g_ptr_array_index (b->cell_flows, i);
      guint first = start != NULL ? start[i] : 0;
      guint last = end != NULL ? end[i] : livc_text_flow_get_n_lines (flow);

      h = MAX (h, livc_text_flow_height (flow, first, last));
    }
  return h + 6;
}

/* Layout */

static void
placed_free (gpointer data)
{
  Placed *p = data;

  g_free (p->cell_start);
  g_free (p->cell_end);
  g_free (p);
}

static GPtrArray *
new_page (LivcReport *self)
{
  GPtrArray *page = g_ptr_array_new_with_free_func (placed_free);

  g_ptr_array_add (self->pages, page);
  return page;
}

static Placed *
place (GPtrArray *page,
       Block     *b,
       double     y,
       double     height)
{
  Placed *p = g_new0 (Placed, 1);

  p->block = b;
  p->y = y;
  p->height = height;
  g_ptr_array_add (page, p);
  return p;
}

/* A table that goes on repeats its header atop the new page; returns where rows go on. */
static double
place_header (GPtrArray *page,
              Block     *b)
{
  Placed *p;

  if (b->repeat == NULL)
    return CONTENT_TOP;
  p = place (page, b->repeat, CONTENT_TOP, row_height (b->repeat, NULL, NULL));
  return CONTENT_TOP + p->height;
}

/* A row moves to the next page whole when it fits on one; a taller row goes on over
 * pages, each cell's lines where they fall, under the header again. */
static double
place_row (LivcReport *self,
           Block      *b,
           GPtrArray **page,
           double      y)
{
  guint n = b->cell_flows->len;
  g_autofree guint *pos = g_new0 (guint, n);
  double whole = row_height (b, NULL, NULL);
  double header = b->repeat != NULL ? row_height (b->repeat, NULL, NULL) : 0;
  gboolean fresh = (*page)->len == 0;

  if (y + whole > CONTENT_BOT && (*page)->len > 0 && whole <= CONTENT_BOT - CONTENT_TOP - header)
    {
      *page = new_page (self);
      y = place_header (*page, b);
      fresh = TRUE;
    }
  for (;;)
    {
      Placed *p = g_new0 (Placed, 1);
      gboolean done = TRUE, any = FALSE;

      p->block = b;
      p->y = y;
      p->cell_start = g_new (guint, n);
      p->cell_end = g_new (guint, n);
      for (guint i = 0; i < n; i++)
        {
          LivcTextFlow *flow = g_ptr_array_index (b->cell_flows, i);
          double used;
          guint fit = livc_text_flow_fit (flow, pos[i], CONTENT_BOT - y - 6, &used);

          /* Not one line fits even on a fresh page: one goes anyway, so that the row
           * moves on. */
          if (fit == 0 && fresh && pos[i] < livc_text_flow_get_n_lines (flow))
            fit = 1;
          p->cell_start[i] = pos[i];
          pos[i] += fit;
          p->cell_end[i] = pos[i];
          any = any || fit > 0;
          done = done && pos[i] >= livc_text_flow_get_n_lines (flow);
        }
      if (!any && !done)
        {
          placed_free (p);
          *page = new_page (self);
          y = place_header (*page, b);
          fresh = TRUE;
          continue;
        }
      p->height = row_height (b, p->cell_start, p->cell_end);
      g_ptr_array_add (*page, p);
      y += p->height;
      if (done)
        return y;
      *page = new_page (self);
      y = place_header (*page, b);
      fresh = TRUE;
    }
}

/* A text, a column beside the other in a bilingual report: the lines that fit go on this
 * page, the others on the next ones. */
static double
place_text (LivcReport *self,
            Block      *b,
            GPtrArray **page,
            double      y)
{
  guint pos[MAX_COLS] = { 0 };
  guint cols = b->text[1] != NULL ? self->n_cols : 1;

  for (;;)
    {
      Placed *p = g_new0 (Placed, 1);
      gboolean done = TRUE, any = FALSE;
      double h = 0;

      p->block = b;
      p->y = y;
      for (guint c = 0; c < cols; c++)
        {
          guint n = livc_text_flow_get_n_lines (b->flow[c]);
          double used;
          guint fit = livc_text_flow_fit (b->flow[c], pos[c], CONTENT_BOT - y, &used);

          if (fit == 0 && (*page)->len == 0 && pos[c] < n)
            {
              fit = 1;
              used = livc_text_flow_height (b->flow[c], pos[c], pos[c] + 1);
            }
          p->start[c] = (int) pos[c];
          pos[c] += fit;
          p->end[c] = (int) pos[c];
          h = MAX (h, used);
          any = any || fit > 0;
          done = done && pos[c] >= n;
        }
      if (!any && !done)
        {
          /* Not even one line fits here: start on a fresh page. */
          placed_free (p);
          *page = new_page (self);
          y = CONTENT_TOP;
          continue;
        }
      p->height = h;
      g_ptr_array_add (*page, p);
      y += h + 3;
      if (done)
        return y;
      *page = new_page (self);
      y = CONTENT_TOP;
    }
}

static void
layout_pages (LivcReport *self)
{
  GPtrArray *page = new_page (self);
  double y = CONTENT_TOP;

  prepare_flows (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = g_ptr_array_index (self->blocks, i);

      switch (b->kind)
        {
        case BLOCK_BREAK:
          if (page->len > 0)
            {
              page = new_page (self);
              y = CONTENT_TOP;
            }
          break;

        case BLOCK_SPACE:
          y += b->space;
          break;

        case BLOCK_TOC:
          /* One line per entry, so that long contents go on over pages. */
          for (guint e = 0; e < self->entries->len; e++)
            {
              if (y + TOC_LINE > CONTENT_BOT && page->len > 0)
                {
                  page = new_page (self);
                  y = CONTENT_TOP;
                }
              place (page, b, y, TOC_LINE)->start[0] = (int) e;
              y += TOC_LINE;
            }
          break;

        case BLOCK_CHART:
          if (y + b->height > CONTENT_BOT && page->len > 0)
            {
              page = new_page (self);
              y = CONTENT_TOP;
            }
          place (page, b, y, b->height);
          y += b->height;
          break;

        case BLOCK_ROW:
          y = place_row (self, b, &page, y);
          break;

        case BLOCK_TEXT:
        default:
          {
            gboolean keep_with_next = b->style == STYLE_H1 || b->style == STYLE_H2;

            y += b->space;
            /* A heading never ends a page: it moves on with what follows it. */
            if (keep_with_next && y + 60 > CONTENT_BOT && page->len > 0)
              {
                page = new_page (self);
                y = CONTENT_TOP;
              }
            y = place_text (self, b, &page, y);
          }
          break;
        }
    }

  /* Now that pages are known, the contents can give page numbers. */
  for (guint pi = 0; pi < self->pages->len; pi++)
    {
      GPtrArray *pg = g_ptr_array_index (self->pages, pi);

      for (guint k = 0; k < pg->len; k++)
        {
          Placed *p = g_ptr_array_index (pg, k);

          if (p->block->anchor == NULL || p->start[0] != 0)
            continue;
          for (guint e = 0; e < self->entries->len; e++)
            {
              Entry *entry = &g_array_index (self->entries, Entry, e);
              if (g_strcmp0 (entry->anchor, p->block->anchor) == 0)
                {
                  entry->page = pi + 1;
                  entry->y = p->y;
                }
            }
        }
    }
}

/* Content */

static char *
rating_text (LivcReport    *self,
             LivcItem      *item,
             int            value,
             const char    *lang)
{
  LivcScale *scale = livc_item_get_scale (item);
  int index;

  if (value == LIVC_VALUE_NA)
    return g_strdup (livc_report_text ("not-applicable", lang));
  if (value == LIVC_VALUE_UNKNOWN)
    return g_strdup (livc_report_text ("dont-know", lang));
  if (value == LIVC_VALUE_NONE)
    return g_strdup (livc_report_text ("not-answered", lang));
  index = livc_scale_find_level (scale, value);
  if (index < 0)
    return g_strdup_printf ("%d", value);
  return g_strdup_printf ("%d — %s", value,
                          q_lookup (self, livc_scale_get_level (scale, (guint) index)->label,
                                    lang));
}

static void
build_cover (LivcReport *self)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  LivcQuestionnaire *q = self->questionnaire;
  g_autofree char *municipalities = livc_assessment_dup_isolated_names (a, " · ");
  GListModel *participants = livc_assessment_get_participants (a);
  const char *texts[MAX_COLS] = { NULL };
  g_auto(Strings) dates = { { NULL } };
  g_auto(Strings) qline = { { NULL } };

  add_space (self, 120);
  add_label (self, STYLE_SUBTITLE, "report-title");
  add_space (self, 10);
  add_plain (self, STYLE_TITLE, municipalities);
  if (livc_assessment_get_title (a) != NULL)
    add_plain (self, STYLE_SUBTITLE, iso (self, livc_assessment_get_title (a)));
  for (guint i = 0; i < self->n_cols; i++)
    {
      dates.s[i] = livc_format_date (livc_assessment_get_date (a), self->langs[i]);
      texts[i] = dates.s[i];
    }
  add_texts (self, STYLE_SUBTITLE, texts);
  add_space (self, 40);

  for (guint i = 0; i < self->n_cols; i++)
    {
      qline.s[i] = g_strdup_printf ("%s: %s (%s %s)", livc_report_text ("questionnaire", self->langs[i]),
                                  q_lookup (self, livc_questionnaire_get_title (q), self->langs[i]),
                                  livc_report_text ("version", self->langs[i]),
                                  iso (self, livc_questionnaire_get_version (q)));
      texts[i] = qline.s[i];
    }
  add_texts (self, STYLE_BODY, texts);

  if (g_list_model_get_n_items (participants) > 0)
    {
      add_space (self, 16);
      add_label (self, STYLE_BOLD, "participants");
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);
          const char *role = livc_participant_get_role (p);
          const char *name = livc_participant_get_name (p);
          g_autofree char *line = NULL;

          if (role != NULL && g_strcmp0 (role, name) != 0)
            line = g_strdup_printf ("• %s (%s)", name ? iso (self, name) : "", iso (self, role));
          else
            line = g_strdup_printf ("• %s", iso (self, name ? name : livc_participant_get_id (p)));
          add_plain (self, STYLE_BODY, line);
        }
    }
  add_block (self, BLOCK_BREAK, STYLE_BODY);
  add_label (self, STYLE_H1, "contents");
  add_block (self, BLOCK_TOC, STYLE_BODY);
  add_block (self, BLOCK_BREAK, STYLE_BODY);
}

static const double domain_table[] = { 0.58, 0.14, 0.28 };

typedef enum
{
  ITEMS_ALERTS,
  ITEMS_TO_DISCUSS,
} ItemList;

/* The summary's lists of compliance alerts (with the rating) and of items to discuss
 * (with the spread of ratings), each under its heading and intro, or a "none" line. */
static void
add_item_list (LivcReport *self,
               ItemList    list)
{
  static const char *ids[][3] = {
    [ITEMS_ALERTS] = { "alerts", "alerts-intro", "no-alerts" },
    [ITEMS_TO_DISCUSS] = { "to-discuss", "to-discuss-intro", "none-to-discuss" },
  };
  gboolean any = FALSE;

  add_heading (self, STYLE_H2, ids[list][0], NULL, 2);
  for (guint i = 0; i < livc_score_set_get_n_items (self->scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (self->scores, i);
      Block *b;

      if (list == ITEMS_ALERTS ? !is->alert : !is->to_discuss)
        continue;
      if (!any)
        add_label (self, STYLE_MUTED, ids[list][1]);
      any = TRUE;
      b = add_q_text (self, STYLE_BODY, livc_item_get_text (is->item));
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *detail = list == ITEMS_ALERTS
                                      ? rating_text (self, is->item, is->effective, self->langs[c])
                                      : NULL;
          char *t = list == ITEMS_ALERTS
                      ? g_strdup_printf ("• %s — %s", b->text[c], detail)
                      : g_strdup_printf ("• %s (%d–%d)", b->text[c], is->min_rating, is->max_rating);

          g_free (b->text[c]);
          b->text[c] = t;
        }
    }
  if (!any)
    add_label (self, STYLE_BODY, ids[list][2]);
}

/* A stage's label, one line per report language; "—" without one. */
static char *
stage_lines (LivcReport *self,
             LivcStage  *stage)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "",
                            stage ? q_lookup (self, livc_stage_get_label (stage), self->langs[c])
                                  : "—");
  return g_string_free (s, FALSE);
}

static void
build_summary (LivcReport *self)
{
  const LivcDomainScore *overall = livc_score_set_get_overall (self->scores);
  guint n_domains = livc_score_set_get_n_domains (self->scores);
  const char *lang0 = self->langs[0];
  g_autofree char *big = livc_format_percent (overall->score, lang0);
  g_auto(Strings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  Block *head;

  add_heading (self, STYLE_H1, "summary", NULL, 1);
  add_plain (self, STYLE_BIG, big);
  for (guint i = 0; i < self->n_cols; i++)
    {
      g_autofree char *completeness = livc_format_percent (100 * livc_score_set_get_completeness (self->scores),
                                                           self->langs[i]);
      g_autofree char *rated = fill_numbers (livc_report_text ("items-rated", self->langs[i]),
                                             overall->rated, overall->items);
      g_autofree char *score = livc_format_percent (overall->score, self->langs[i]);
      lines.s[i] = g_strdup_printf ("%s: %s · %s: %s · %s: %s · %s",
                                  livc_report_text ("overall", self->langs[i]), score,
                                  livc_report_text ("stage", self->langs[i]),
                                  overall->stage
                                    ? q_lookup (self, livc_stage_get_label (overall->stage),
                                                self->langs[i])
                                    : "—",
                                  livc_report_text ("completeness", self->langs[i]), completeness, rated);
      texts[i] = lines.s[i];
    }
  add_texts (self, STYLE_BODY, texts);
  add_space (self, 6);
  add_chart (self, CHART_RADAR, 330, 0, 0);
  add_space (self, 6);

  {
    g_autofree char *h_domain = label_all (self, "domain");
    g_autofree char *h_score = label_all (self, "score");
    g_autofree char *h_stage = label_all (self, "stage");
    const char *header[] = { h_domain, h_score, h_stage };
    head = add_row (self, domain_table, TRUE, header, 3);
  }
  for (guint d = 0; d < n_domains; d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      g_autofree char *score = livc_format_percent (ds->score, lang0);
      g_autoptr(GString) title = g_string_new (NULL);
      g_autofree char *stage = stage_lines (self, ds->stage);

      for (guint i = 0; i < self->n_cols; i++)
        g_string_append_printf (title, "%s%s", i > 0 ? "\n" : "",
                                q_lookup (self, livc_domain_get_title (ds->domain),
                                          self->langs[i]));
      {
        const char *cells[] = { title->str, score, stage };
        add_row (self, domain_table, FALSE, cells, 3)->repeat = head;
      }
    }

  add_item_list (self, ITEMS_ALERTS);
  add_item_list (self, ITEMS_TO_DISCUSS);
}

static void
build_item (LivcReport          *self,
            const LivcItemScore *is)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  LivcAnswer *answer = livc_assessment_find_answer (a, livc_item_get_id (is->item));
  const char * const *refs = livc_item_get_references (is->item);
  g_auto(Strings) lines = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  Block *b;

  b = add_q_text (self, STYLE_BOLD, livc_item_get_text (is->item));
  b->space = 8;
  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *rating = rating_text (self, is->item, is->effective, self->langs[c]);
      g_autoptr(GString) s = g_string_new (NULL);

      g_string_append_printf (s, "%s: %s", livc_report_text ("rating", self->langs[c]), rating);
      if (livc_item_get_basis (is->item) == LIVC_BASIS_LEGAL)
        {
          g_autofree char *joined = g_strjoinv ("; ", (char **) refs);
          g_string_append_printf (s, " · %s (%s)", livc_report_text ("legal", self->langs[c]),
                                  iso (self, joined));
        }
      lines.s[c] = g_string_free (g_steal_pointer (&s), FALSE);
      texts[c] = lines.s[c];
    }
  add_texts (self, STYLE_SMALL, texts);

  if (answer != NULL && livc_answer_get_n_ratings (answer) > 0)
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autoptr(GString) s = g_string_new (NULL);
          g_autofree char *team = rating_text (self, is->item, is->effective, self->langs[c]);

          for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
            {
              const LivcRating *rating = livc_answer_get_rating (answer, r);
              LivcParticipant *p = livc_assessment_find_participant (a, rating->participant);
              const char *who = iso (self, p != NULL ? livc_participant_get_label (p)
                                                     : rating->participant);
              g_autofree char *v = LIVC_VALUE_IS_LEVEL (rating->value)
                                   ? g_strdup_printf ("%d", rating->value)
                                   : rating_text (self, is->item, rating->value, self->langs[c]);

              g_string_append_printf (s, "%s%s: %s", r > 0 ? " · " : "", who, v);
            }
          /* The spread behind the answer, and whether the team agreed on it or it is
           * the lower median of the ratings until they do. */
          g_free (lines.s[c]);
          lines.s[c] = g_strdup_printf ("%s: %s (%s: %s)", livc_report_text ("spread", self->langs[c]),
                                        s->str,
                                        livc_report_text (livc_answer_get_value (answer) != LIVC_VALUE_NONE
                                                          ? "consensus" : "lower-median", self->langs[c]),
                                        team);
          texts[c] = lines.s[c];
        }
      add_texts (self, STYLE_SMALL, texts);
    }
  if (answer != NULL && livc_answer_get_note (answer) != NULL && *livc_answer_get_note (answer) != '\0')
    {
      g_autofree char *label = label_all (self, "note");
      g_autofree char *t = g_strdup_printf ("%s: %s", label,
                                            iso (self, livc_answer_get_note (answer)));
      add_plain (self, STYLE_BODY, t)->indent = 0;
    }
  if (answer != NULL && livc_answer_get_evidence (answer) != NULL && *livc_answer_get_evidence (answer) != '\0')
    {
      g_autofree char *label = label_all (self, "evidence");
      g_autofree char *t = g_strdup_printf ("%s: %s", label,
                                            iso (self, livc_answer_get_evidence (answer)));
      add_plain (self, STYLE_MUTED, t);
    }
}

static void
build_domains (LivcReport *self)
{

  for (guint d = 0; d < livc_score_set_get_n_domains (self->scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (self->scores, d);
      GListModel *items = livc_domain_get_items (ds->domain);
      g_auto(Strings) lines = { { NULL } };
      const char *texts[MAX_COLS] = { NULL };

      add_block (self, BLOCK_BREAK, STYLE_BODY);
      add_heading (self, STYLE_H1, NULL, livc_domain_get_title (ds->domain), 1);
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *score = livc_format_percent (ds->score, self->langs[c]);
          lines.s[c] = g_strdup_printf ("%s: %s · %s: %s · %s: %u/%u",
                                      livc_report_text ("score", self->langs[c]), score,
                                      livc_report_text ("stage", self->langs[c]),
                                      ds->stage ? q_lookup (self, livc_stage_get_label (ds->stage),
                                                            self->langs[c])
                                                : "—",
                                      livc_report_text ("answered", self->langs[c]), ds->answered, ds->items);
          texts[c] = lines.s[c];
        }
      add_texts (self, STYLE_BOLD, texts);
      if (!livc_text_is_empty (livc_domain_get_description (ds->domain)))
        add_q_text (self, STYLE_MUTED, livc_domain_get_description (ds->domain));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          build_item (self, livc_score_set_get_item (self->scores, livc_item_get_index (item)));
        }
    }
}

static void
build_recommendations (LivcReport *self)
{
  LivcQuestionnaire *q = self->questionnaire;
  GPtrArray *recs = livc_score_set_get_recommendations (self->scores);
  LivcDomain *current = NULL;

  add_block (self, BLOCK_BREAK, STYLE_BODY);
  add_heading (self, STYLE_H1, "recommendations", NULL, 1);
  if (recs->len == 0)
    add_label (self, STYLE_BODY, "no-recommendations");
  for (guint i = 0; i < recs->len; i++)
    {
      LivcRecommendation *rec = g_ptr_array_index (recs, i);

      if (livc_recommendation_get_domain (rec) != current)
        {
          current = livc_recommendation_get_domain (rec);
          add_q_text (self, STYLE_H2, livc_domain_get_title (current))->space = 8;
        }
      if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_ITEM)
        {
          LivcItem *item = livc_questionnaire_find_item (q, livc_recommendation_get_item_id (rec));
          if (item != NULL)
            add_q_text (self, STYLE_BOLD, livc_item_get_text (item))->space = 4;
        }
      add_q_text (self, STYLE_BODY, livc_recommendation_get_text (rec))->space = 2;
    }
}

static void
build_actions (LivcReport *self)
{
  LivcAssessment *a = livc_score_set_get_assessment (self->scores);
  GListModel *actions = livc_assessment_get_actions (a);
  const char *lang = self->langs[0];

  add_heading (self, STYLE_H1, "action-plan", NULL, 1);
  if (g_list_model_get_n_items (actions) == 0)
    add_label (self, STYLE_BODY, "no-actions");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      g_autofree char *status_id = g_strdup_printf ("status-%s", livc_action_status_to_string (livc_action_get_status (action)));
      g_autofree char *due = livc_action_get_due (action) ? livc_format_date (livc_action_get_due (action), lang) : g_strdup ("—");
      g_autofree char *status = label_all (self, status_id);
      g_autofree char *l_action = label_all (self, "action");
      g_autofree char *l_owner = label_all (self, "owner");
      g_autofree char *l_due = label_all (self, "due");
      g_autofree char *l_status = label_all (self, "status");
      g_autofree char *head = g_strdup_printf ("%s %s · %s: %s · %s: %s · %s: %s", l_action,
                                               iso (self, livc_action_get_id (action)), l_owner,
                                               livc_action_get_owner (action)
                                                 ? iso (self, livc_action_get_owner (action)) : "—",
                                               l_due, due, l_status, status);
      add_plain (self, STYLE_SMALL, head)->space = 6;
      add_plain (self, STYLE_BODY, iso (self, livc_action_get_text (action)));
    }
}

/* An annex on a page of its own: a heading, then its paragraphs (NULL-terminated ids). */
static void
add_annex (LivcReport         *self,
           const char         *heading,
           const char * const *paragraphs)
{
  add_block (self, BLOCK_BREAK, STYLE_BODY);
  add_heading (self, STYLE_H1, heading, NULL, 1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    add_label (self, STYLE_BODY, paragraphs[i])->space = 4;
}

static void
build_annex (LivcReport *self)
{
  static const char *paragraphs[] = { "annex-1", "annex-2", "annex-3", "annex-4", NULL };

  add_annex (self, "annex", paragraphs);
}

/* The comparison report */

static LivcAssessment *
member_assessment (LivcReport *self,
                   guint       index)
{
  return livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, index));
}

/* Long dates, one line per report language. */
static char *
member_date (LivcReport *self,
             guint       index)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < self->n_cols; c++)
    {
      g_autofree char *date = livc_format_date (livc_assessment_get_date (member_assessment (self, index)), self->langs[c]);
      g_string_append_printf (s, "%s%s", c > 0 ? "\n" : "", date);
    }
  return g_string_free (s, FALSE);
}

/* "+12", "−3" or "0": a change in percentage points. */
static char *
format_change (double change)
{
  g_autofree char *number = NULL;
  double rounded = livc_round_half_away (change, 0);

  if (isnan (change))
    return g_strdup ("—");
  number = livc_format_decimal (fabs (rounded), 0);
  if (rounded > 0)
    return g_strdup_printf ("+%s", number);
  if (rounded < 0)
    return g_strdup_printf ("\u2212%s", number);
  return g_strdup ("0");
}

/* More than the radar's series: the highlighted one against the band of the others. */
static gboolean
uses_band (LivcComparison *comparison)
{
  return livc_comparison_get_n (comparison) > LIVC_RADAR_MAX_SERIES;
}

static void
build_compare_cover (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  LivcQuestionnaire *q = self->questionnaire;
  const char *first = NULL, *last = NULL;
  g_auto(Strings) lines = { { NULL } };
  g_auto(Strings) dates = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };

  for (guint i = 0; i < n; i++)
    {
      const char *date = livc_assessment_get_date (member_assessment (self, i));

      if (!livc_date_is_valid (date))
        continue;
      if (first == NULL || strcmp (date, first) < 0)
        first = date;
      if (last == NULL || strcmp (date, last) > 0)
        last = date;
    }

  add_space (self, 120);
  add_label (self, STYLE_SUBTITLE, "compare-title");
  add_space (self, 10);
  if (self->trends->len == 1 && ((LivcTrend *) g_ptr_array_index (self->trends, 0))->n == n)
    add_plain (self, STYLE_TITLE,
               iso (self, ((LivcTrend *) g_ptr_array_index (self->trends, 0))->name));
  else
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          lines.s[c] = fill_numbers (livc_report_text ("n-assessments", self->langs[c]), n, n);
          texts[c] = lines.s[c];
        }
      add_texts (self, STYLE_TITLE, texts);
    }
  if (first != NULL)
    {
      for (guint c = 0; c < self->n_cols; c++)
        {
          g_autofree char *from = livc_format_date (first, self->langs[c]);
          g_autofree char *to = livc_format_date (last, self->langs[c]);

          dates.s[c] = strcmp (first, last) == 0 ? g_strdup (from) : g_strdup_printf ("%s – %s", from, to);
          texts[c] = dates.s[c];
        }
      add_texts (self, STYLE_SUBTITLE, texts);
    }
  add_space (self, 40);
  for (guint c = 0; c < self->n_cols; c++)
    {
      g_free (lines.s[c]);
      lines.s[c] = g_strdup_printf ("%s: %s (%s %s)", livc_report_text ("questionnaire", self->langs[c]),
                                    q_lookup (self, livc_questionnaire_get_title (q),
                                              self->langs[c]),
                                    livc_report_text ("version", self->langs[c]),
                                    livc_questionnaire_get_version (q));
      texts[c] = lines.s[c];
    }
  add_texts (self, STYLE_BODY, texts);
  add_block (self, BLOCK_BREAK, STYLE_BODY);
  add_label (self, STYLE_H1, "contents");
  add_block (self, BLOCK_TOC, STYLE_BODY);
  add_block (self, BLOCK_BREAK, STYLE_BODY);
}

static const double overview_table[] = { 0.07, 0.37, 0.22, 0.12, 0.22 };

static void
build_compare_overview (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  Block *head;

  add_heading (self, STYLE_H1, "overview", NULL, 1);
  add_label (self, STYLE_MUTED, uses_band (self->comparison) ? "overview-band-intro" : "overview-intro");
  add_space (self, 6);
  add_chart (self, CHART_COMPARE_RADAR, uses_band (self->comparison) ? 360 : 400, 0, 0);
  add_space (self, 10);
  {
    g_autofree char *h_number = label_all (self, "number");
    g_autofree char *h_municipality = label_all (self, "municipality");
    g_autofree char *h_date = label_all (self, "date");
    g_autofree char *h_score = label_all (self, "overall");
    g_autofree char *h_stage = label_all (self, "stage");
    const char *header[] = { h_number, h_municipality, h_date, h_score, h_stage };
    head = add_row (self, overview_table, TRUE, header, 5);
  }
  for (guint i = 0; i < n; i++)
    {
      LivcAssessment *a = livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, i));
      const LivcDomainScore *overall = livc_score_set_get_overall (livc_comparison_get_scores (self->comparison, i));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *names = livc_assessment_dup_isolated_names (a, " · ");
      g_autofree char *date = member_date (self, i);
      g_autofree char *score = livc_format_percent (overall->score, self->langs[0]);
      g_autofree char *stage = stage_lines (self, overall->stage);
      const char *cells[] = { number, names, date, score, stage };
      Block *row = add_row (self, overview_table, FALSE, cells, 5);

      row->repeat = head;
      if (uses_band (self->comparison) && i == livc_comparison_get_highlight (self->comparison))
        row->style = STYLE_BOLD;
    }
}

#define DOMAINS_PER_TABLE 8

/* One row of the domain table: label cells, then the overall and each domain's score. */
static Block *
add_score_row (LivcReport   *self,
               const double *widths,
               const char   *number,
               const char   *name,
               const double *values,
               guint         first,
               guint         count)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (number));
  g_ptr_array_add (cells, g_strdup (name));
  g_ptr_array_add (cells, livc_format_percent (values[0], self->langs[0]));
  for (guint d = first; d < first + count; d++)
    g_ptr_array_add (cells, livc_format_percent (values[d + 1], self->langs[0]));
  return add_row (self, widths, FALSE, (const char * const *) cells->pdata, cells->len);
}

static void
build_compare_domains (LivcReport *self)
{
  guint n = livc_comparison_get_n (self->comparison);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  g_autofree double *values = g_new (double, n_domains + 1);
  /* The others' 25th percentile, median and 75th percentile: overall, then per domain. */
  g_autofree double *spread = g_new (double, 3 * (n_domains + 1));

  for (guint d = 0; d <= n_domains; d++)
    livc_comparison_get_peer_spread (self->comparison, d == 0 ? LIVC_COMPARISON_OVERALL : d - 1,
                                     &spread[d], &spread[(n_domains + 1) + d], &spread[2 * (n_domains + 1) + d]);

  add_block (self, BLOCK_BREAK, STYLE_BODY);
  add_heading (self, STYLE_H1, "domain-scores", NULL, 1);
  add_label (self, STYLE_MUTED, "domain-scores-intro");
  for (guint d = 0; d < n_domains; d++)
    {
      LivcDomain *domain = livc_comparison_get_domain (self->comparison, d);
      Block *b = add_q_text (self, STYLE_SMALL, livc_domain_get_title (domain));

      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("%u  %s", d + 1, b->text[c]);
          g_free (b->text[c]);
          b->text[c] = t;
        }
    }

  for (guint first = 0; first < n_domains; first += DOMAINS_PER_TABLE)
    {
      guint count = MIN (DOMAINS_PER_TABLE, n_domains - first);
      /* Widths live as long as the report: kept in a block-owned array. */
      double *widths = g_new (double, count + 3);
      g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
      Block *head;

      widths[0] = 0.06;
      widths[1] = 1.0 - 0.06 - 0.09 - 0.075 * DOMAINS_PER_TABLE;
      widths[2] = 0.09;
      for (guint k = 0; k < count; k++)
        widths[k + 3] = 0.075;
      g_ptr_array_add (header, label_all (self, "number"));
      g_ptr_array_add (header, label_all (self, "municipality"));
      g_ptr_array_add (header, label_all (self, "overall-short"));
      for (guint k = 0; k < count; k++)
        g_ptr_array_add (header, g_strdup_printf ("%u", first + k + 1));
      add_space (self, 8);
      head = add_row (self, widths, TRUE, (const char * const *) header->pdata, header->len);
      head->owned_widths = widths;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *name = livc_assessment_dup_label (member_assessment (self, i));
          Block *row;

          values[0] = livc_comparison_get_score (self->comparison, i, LIVC_COMPARISON_OVERALL);
          for (guint d = 0; d < n_domains; d++)
            values[d + 1] = livc_comparison_get_score (self->comparison, i, d);
          row = add_score_row (self, widths, number, name, values, first, count);
          row->repeat = head;
          if (uses_band (self->comparison) && i == livc_comparison_get_highlight (self->comparison))
            row->style = STYLE_BOLD;
        }

      if (uses_band (self->comparison))
        {
          static const char *ids[] = { "peers-low", "peers-median", "peers-high" };

          for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
            {
              g_autofree char *label = label_all (self, ids[k]);
              Block *row;

              row = add_score_row (self, widths, "", label, spread + k * (n_domains + 1), first, count);
              row->repeat = head;
              row->style = STYLE_MUTED;
            }
        }
    }
}

#define TREND_COLUMNS 4
#define MOVES_SHOWN   5

#define TREND_DATE_WIDTH   0.145
#define TREND_CHANGE_WIDTH 0.12

/* One line per moved item: "• statement (2 → 4)". */
static void
add_moves (LivcReport   *self,
           GArray       *moves,
           gboolean      improved)
{
  guint shown = 0;

  /* Under every trend: a plain heading, kept out of the contents so that they stay short. */
  add_label (self, STYLE_H2, improved ? "improved" : "declined")->space = 8;
  for (guint k = 0; k < moves->len && shown < MOVES_SHOWN; k++)
    {
      LivcItemMove *move = &g_array_index (moves, LivcItemMove, improved ? k : moves->len - 1 - k);
      Block *b;

      if (improved ? move->change <= 0 : move->change >= 0)
        break;
      b = add_q_text (self, STYLE_BODY, livc_item_get_text (move->item));
      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("• %s (%d → %d)", b->text[c], move->before, move->after);
          g_free (b->text[c]);
          b->text[c] = t;
        }
      shown++;
    }
  if (shown == 0)
    add_label (self, STYLE_BODY, improved ? "none-improved" : "none-declined");
}

static void
add_unmatched (LivcReport *self,
               GPtrArray  *items,
               const char *id)
{
  if (items->len == 0)
    return;
  add_label (self, STYLE_H2, id)->space = 8;
  for (guint k = 0; k < items->len; k++)
    {
      Block *b = add_q_text (self, STYLE_BODY, livc_item_get_text (g_ptr_array_index (items, k)));

      for (guint c = 0; c < self->n_cols; c++)
        {
          char *t = g_strdup_printf ("• %s", b->text[c]);
          g_free (b->text[c]);
          b->text[c] = t;
        }
    }
}

static void
build_trend (LivcReport *self,
             guint       t)
{
  LivcTrend *trend = g_ptr_array_index (self->trends, t);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  guint shown = MIN (trend->n, TREND_COLUMNS);
  guint from = trend->n - shown; /* the latest dates when there are more */
  guint oldest = trend->members[0], newest = trend->members[trend->n - 1];
  g_autoptr(GArray) moves = livc_comparison_dup_moves (self->comparison, oldest, newest);
  g_autoptr(GPtrArray) added = livc_comparison_dup_unmatched (self->comparison, oldest, newest, TRUE);
  g_autoptr(GPtrArray) removed = livc_comparison_dup_unmatched (self->comparison, oldest, newest, FALSE);
  g_auto(Strings) titles = { { NULL } };
  const char *texts[MAX_COLS] = { NULL };
  double *widths = g_new (double, shown + 2);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  Block *head;

  add_block (self, BLOCK_BREAK, STYLE_BODY);
  for (guint c = 0; c < self->n_cols; c++)
    {
      titles.s[c] = g_strdup_printf ("%s — %s", livc_report_text ("trend", self->langs[c]),
                                     iso (self, trend->name));
      texts[c] = titles.s[c];
    }
  add_heading_texts (self, STYLE_H1, texts, 1);
  add_label (self, STYLE_MUTED, "trend-intro");

  widths[0] = 1.0 - TREND_CHANGE_WIDTH - TREND_DATE_WIDTH * shown;
  for (guint k = 0; k < shown; k++)
    widths[k + 1] = TREND_DATE_WIDTH;
  widths[shown + 1] = TREND_CHANGE_WIDTH;
  g_ptr_array_add (header, label_all (self, "domain"));
  for (guint k = from; k < trend->n; k++)
    g_ptr_array_add (header, livc_assessment_dup_short_date (member_assessment (self, trend->members[k])));
  g_ptr_array_add (header, label_all (self, "change"));
  add_space (self, 6);
  head = add_row (self, widths, TRUE, (const char * const *) header->pdata, header->len);
  head->owned_widths = widths;
  for (guint d = 0; d <= n_domains; d++)
    {
      guint domain = d < n_domains ? d : LIVC_COMPARISON_OVERALL;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      GString *title = g_string_new (NULL);
      Block *row;

      for (guint c = 0; c < self->n_cols; c++)
        g_string_append_printf (title, "%s%s", c > 0 ? "\n" : "",
                                domain == LIVC_COMPARISON_OVERALL
                                  ? livc_report_text ("overall", self->langs[c])
                                  : livc_questionnaire_lookup (self->questionnaire,
                                                               livc_domain_get_title (livc_comparison_get_domain (self->comparison, d)),
                                                               self->langs[c]));
      g_ptr_array_add (cells, g_string_free (title, FALSE));
      for (guint k = from; k < trend->n; k++)
        g_ptr_array_add (cells, livc_format_percent (livc_comparison_get_score (self->comparison, trend->members[k], domain),
                                                     self->langs[0]));
      g_ptr_array_add (cells, format_change (livc_comparison_get_score (self->comparison, newest, domain) -
                                             livc_comparison_get_score (self->comparison, oldest, domain)));
      row = add_row (self, widths, FALSE, (const char * const *) cells->pdata, cells->len);
      row->repeat = head;
      if (domain == LIVC_COMPARISON_OVERALL)
        row->style = STYLE_BOLD;
    }

  add_space (self, 12);
  for (guint d = 0; d < n_domains; d += 2)
    add_chart (self, CHART_TREND, 128, t, d);

  add_moves (self, moves, TRUE);
  add_moves (self, moves, FALSE);
  add_unmatched (self, added, "items-added");
  add_unmatched (self, removed, "items-removed");
}

static void
build_compare_annex (LivcReport *self)
{
  static const char *paragraphs[] = { "annex-1", "annex-3", "compare-annex-1", "compare-annex-2",
                                      "compare-annex-3", NULL };

  add_annex (self, "compare-annex", paragraphs);
}

static void
livc_report_finalize (GObject *object)
{
  LivcReport *self = LIVC_REPORT (object);

  g_clear_object (&self->scores);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->trends, g_ptr_array_unref);
  g_clear_object (&self->questionnaire);
  g_free (self->author);
  g_free (self->date);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_free (self->lang);
  for (guint i = 0; i < MAX_COLS; i++)
    g_free (self->langs[i]);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  for (guint i = 0; i < self->entries->len; i++)
    {
      g_free (g_array_index (self->entries, Entry, i).title);
      g_free (g_array_index (self->entries, Entry, i).anchor);
    }
  g_array_unref (self->entries);
  g_free (self->running);
  g_free (self->title);
  g_ptr_array_unref (self->isolated);
  G_OBJECT_CLASS (livc_report_parent_class)->finalize (object);
}

static void
livc_report_class_init (LivcReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_report_finalize;
}

static void
livc_report_init (LivcReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->isolated = g_ptr_array_new_with_free_func (g_free);
  self->font_map = pango_cairo_font_map_new ();
  self->context = new_context (self->font_map);
}

static void
set_lang (LivcReport *self,
          const char *lang)
{
  self->lang = g_strdup (lang);
  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      self->langs[0] = g_strdup ("nl");
      self->langs[1] = g_strdup ("fr");
      self->n_cols = 2;
    }
  else
    {
      self->langs[0] = g_strdup (lang);
      self->n_cols = 1;
    }
}

/* The report of one assessment. */
LivcReport *
livc_report_new (LivcScoreSet *scores,
                 const char   *lang)
{
  LivcReport *self;
  LivcAssessment *a;
  g_autofree char *municipalities = NULL;

  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), NULL);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), NULL);

  self = g_object_new (LIVC_TYPE_REPORT, NULL);
  self->scores = g_object_ref (scores);
  self->questionnaire = g_object_ref (livc_score_set_get_questionnaire (scores));
  set_lang (self, lang);
  a = livc_score_set_get_assessment (scores);
  municipalities = livc_assessment_dup_isolated_names (a, " · ");
  {
    g_autofree char *title = label_all (self, "report-title");
    g_autofree char *names = livc_assessment_dup_municipality_names (a, " · ");

    self->running = g_strdup_printf ("%s — %s", municipalities, title);
    self->title = g_strdup_printf ("%s — %s", names, title);
  }
  self->author = livc_assessment_dup_municipality_names (a, ", ");
  self->date = g_strdup (livc_assessment_get_date (a));

  build_cover (self);
  build_summary (self);
  build_domains (self);
  build_recommendations (self);
  build_actions (self);
  build_annex (self);
  layout_pages (self);
  return self;
}

/* The comparison report of several assessments: overlaid radar (or the highlighted one
 * against its peers' band beyond eight), domain scores per assessment, and the trend of
 * every municipality that appears at several dates. */
LivcReport *
livc_report_new_comparison (LivcComparison *comparison,
                            const char     *lang)
{
  LivcReport *self;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) author = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (LIVC_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (livc_comparison_get_n (comparison) > 0, NULL);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), NULL);

  self = g_object_new (LIVC_TYPE_REPORT, NULL);
  self->comparison = g_object_ref (comparison);
  self->questionnaire = g_object_ref (livc_comparison_get_questionnaire (comparison));
  self->trends = livc_comparison_dup_trends (comparison);
  set_lang (self, lang);
  self->running = label_all (self, "compare-title");
  self->title = g_strdup (self->running);

  n = livc_comparison_get_n (comparison);
  for (guint i = 0; i < n; i++)
    {
      LivcAssessment *a = member_assessment (self, i);
      char *names = livc_assessment_dup_municipality_names (a, ", ");
      const char *date = livc_assessment_get_date (a);

      if (livc_date_is_valid (date) && (self->date == NULL || strcmp (date, self->date) > 0))
        {
          g_free (self->date);
          self->date = g_strdup (date);
        }
      if (!g_hash_table_add (seen, names))
        continue;
      if (g_hash_table_size (seen) > 12)
        {
          g_string_append (author, ", …");
          break;
        }
      g_string_append_printf (author, "%s%s", author->len > 0 ? ", " : "", names);
    }
  self->author = g_string_free (g_steal_pointer (&author), FALSE);

  build_compare_cover (self);
  build_compare_overview (self);
  build_compare_domains (self);
  for (guint t = 0; t < self->trends->len; t++)
    build_trend (self, t);
  build_compare_annex (self);
  layout_pages (self);
  return self;
}

guint
livc_report_get_n_pages (LivcReport *self)
{
  g_return_val_if_fail (LIVC_IS_REPORT (self), 0);
  return self->pages->len;
}

/* Drawing */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
show_layout (LivcReport  *self,
             cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  livc_text_update_context (pango_layout_get_context (layout), cr);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_text (LivcReport *self,
           cairo_t    *cr,
           Placed     *p)
{
  Block *b = p->block;
  guint cols = b->text[1] != NULL ? self->n_cols : 1;
  double w = cols == 1 ? CONTENT_W - b->indent : column_width (self);

  if (b->anchor != NULL && p->start[0] == 0)
    {
      g_autofree char *attrs = g_strdup_printf ("name='%s'", b->anchor);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
  for (guint c = 0; c < cols; c++)
    {
      if (b->style == STYLE_MUTED || (c == 1))
        cairo_set_source_rgb (cr, 0.30, 0.30, 0.33);
      else if (b->style == STYLE_H1 || b->style == STYLE_TITLE || b->style == STYLE_BIG)
        cairo_set_source_rgb (cr, 0.0, 0.27, 0.47);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      livc_text_flow_draw (b->flow[c], cr, self->context, MARGIN_X + b->indent + c * (w + GUTTER),
                           p->y, (guint) p->start[c], (guint) p->end[c]);
    }
  if (b->style == STYLE_H1 && p->start[0] == 0)
    {
      cairo_set_source_rgb (cr, 0.0, 0.27, 0.47);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, MARGIN_X, p->y + p->height + 2);
      cairo_line_to (cr, MARGIN_X + CONTENT_W, p->y + p->height + 2);
      cairo_stroke (cr);
    }
}

static void
draw_row (LivcReport *self,
          cairo_t    *cr,
          Placed     *p)
{
  Block *b = p->block;
  double x = MARGIN_X;

  if (b->header)
    {
      cairo_set_source_rgb (cr, 0.90, 0.93, 0.96);
      cairo_rectangle (cr, MARGIN_X, p->y, CONTENT_W, p->height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < b->cells->len; i++)
    {
      LivcTextFlow *flow = g_ptr_array_index (b->cell_flows, i);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      livc_text_flow_draw (flow, cr, self->context, x + 3, p->y + 3,
                           p->cell_start != NULL ? p->cell_start[i] : 0,
                           p->cell_end != NULL ? p->cell_end[i]
                                               : livc_text_flow_get_n_lines (flow));
      x += b->widths[i] * CONTENT_W;
    }
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.82);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_X, p->y + p->height);
  cairo_line_to (cr, MARGIN_X + CONTENT_W, p->y + p->height);
  cairo_stroke (cr);
}

/* Radar axis labels: each domain's title in each of langs, one line per language. */
static GPtrArray *
radar_labels (LivcQuestionnaire  *q,
              const char * const *langs,
              guint               n_langs)
{
  GListModel *domains = livc_questionnaire_get_domains (q);
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GString *label = g_string_new (NULL);

      for (guint c = 0; c < n_langs; c++)
        {
          const char *text = livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                        langs[c]);
          g_autofree char *title = livc_text_isolate (text);
          g_string_append_printf (label, "%s%s", c > 0 ? "\n" : "", title);
        }
      g_ptr_array_add (labels, g_string_free (label, FALSE));
    }
  return labels;
}

/* The radar of one score set, labels in each of langs. Shared by the report page and the
 * PNG export. */
static void
draw_scores_radar (LivcScoreSet       *scores,
                   const char * const *langs,
                   guint               n_langs,
                   gboolean            dark,
                   cairo_t            *cr,
                   double              width,
                   double              height)
{
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (scores);
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  guint n = livc_score_set_get_n_domains (scores);
  g_autofree double *values = g_new (double, n);
  g_autoptr(GPtrArray) labels = radar_labels (q, langs, n_langs);
  g_autofree char *name = livc_assessment_dup_isolated_names (a, " · ");
  g_autofree double *rings = NULL;
  LivcRadarSeries series = { name, values, FALSE };
  LivcRadarData data = { 0 };

  for (guint d = 0; d < n; d++)
    values[d] = livc_score_set_get_domain (scores, d)->score;
  rings = livc_radar_stage_rings (q, &data.n_rings);
  data.n_axes = n;
  data.labels = (const char * const *) labels->pdata;
  data.n_series = 1;
  data.series = &series;
  data.rings = rings;
  data.font_family = FONT;
  data.dark = dark;
  livc_radar_draw (cr, &data, width, height);
}

/* Up to eight assessments overlaid; beyond, the highlighted one against the 25th–75th
 * percentile band and the median of the others. */
static void
draw_comparison_radar (LivcComparison     *comparison,
                       const char * const *langs,
                       guint               n_langs,
                       cairo_t            *cr,
                       double              width,
                       double              height)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (comparison);
  guint n = livc_comparison_get_n (comparison);
  guint n_axes = livc_comparison_get_n_domains (comparison);
  gboolean band = uses_band (comparison);
  guint n_series = band ? 1 : n;
  g_autoptr(GPtrArray) labels = radar_labels (q, langs, n_langs);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, n_series * n_axes + 1);
  g_autofree double *spread = g_new (double, 3 * n_axes + 1);
  g_autofree char *band_name = NULL;
  g_autofree char *median_name = NULL;
  g_autofree double *rings = NULL;
  LivcRadarSeries series[LIVC_RADAR_MAX_SERIES] = { { 0 } };
  LivcRadarData data = { 0 };

  for (guint k = 0; k < n_series; k++)
    {
      guint index = band ? livc_comparison_get_highlight (comparison) : k;

      g_ptr_array_add (names, livc_assessment_dup_label (livc_score_set_get_assessment (livc_comparison_get_scores (comparison, index))));
      for (guint d = 0; d < n_axes; d++)
        values[k * n_axes + d] = livc_comparison_get_score (comparison, index, d);
      series[k].name = g_ptr_array_index (names, k);
      series[k].values = values + k * n_axes;
      series[k].highlight = band;
    }
  if (band)
    {
      for (guint d = 0; d < n_axes; d++)
        livc_comparison_get_peer_spread (comparison, d, &spread[d], &spread[n_axes + d], &spread[2 * n_axes + d]);
      band_name = texts_joined ("band-legend", langs, n_langs);
      median_name = texts_joined ("median-legend", langs, n_langs);
      data.band_low = spread;
      data.median = spread + n_axes;
      data.band_high = spread + 2 * n_axes;
      data.band_name = band_name;
      data.median_name = median_name;
    }
  rings = livc_radar_stage_rings (q, &data.n_rings);
  data.n_axes = n_axes;
  data.labels = (const char * const *) labels->pdata;
  data.n_series = n_series;
  data.series = series;
  data.rings = rings;
  data.font_family = FONT;
  livc_radar_draw (cr, &data, width, height);
}

/* Two trend charts side by side: domains arg2 and arg2 + 1 of trend arg. */
static void
draw_trends (LivcReport *self,
             cairo_t    *cr,
             Placed     *p)
{
  LivcTrend *trend = g_ptr_array_index (self->trends, p->block->arg);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  double cell = (CONTENT_W - 2 * GUTTER) / 2;
  g_autoptr(GPtrArray) x_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) value_labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, trend->n);
  g_autofree double *rings = NULL;
  LivcTrendData data = { 0 };
  gboolean by_year;

  /* Years alone when no two assessments share one, else month and year. */
  by_year = TRUE;
  for (guint k = 0; k < trend->n; k++)
    for (guint j = k + 1; j < trend->n; j++)
      if (strncmp (livc_assessment_get_date (member_assessment (self, trend->members[k])),
                   livc_assessment_get_date (member_assessment (self, trend->members[j])), 4) == 0)
        by_year = FALSE;
  for (guint k = 0; k < trend->n; k++)
    {
      const char *date = livc_assessment_get_date (member_assessment (self, trend->members[k]));
      g_ptr_array_add (x_labels, !livc_date_is_valid (date) ? g_strdup ("—")
                                 : by_year ? g_strndup (date, 4)
                                 : g_strdup_printf ("%.2s/%.4s", date + 5, date));
    }
  rings = livc_radar_stage_rings (self->questionnaire, &data.n_rings);
  data.rings = rings;
  data.n_points = trend->n;
  data.x_labels = (const char * const *) x_labels->pdata;
  data.values = values;
  data.font_family = FONT;

  for (guint k = 0; k < 2 && p->block->arg2 + k < n_domains; k++)
    {
      guint d = p->block->arg2 + k;
      GString *title = g_string_new (NULL);

      g_ptr_array_set_size (value_labels, 0);
      for (guint i = 0; i < trend->n; i++)
        {
          values[i] = livc_comparison_get_score (self->comparison, trend->members[i], d);
          g_ptr_array_add (value_labels, livc_format_percent (values[i], self->langs[0]));
        }
      for (guint c = 0; c < self->n_cols; c++)
        {
          LivcDomain *dom = livc_comparison_get_domain (self->comparison, d);
          g_autofree char *domain = livc_text_isolate (
            livc_questionnaire_lookup (self->questionnaire, livc_domain_get_title (dom),
                                       self->langs[c]));
          g_string_append_printf (title, "%s%s", c > 0 ? " / " : "", domain);
        }
      data.title = title->str;
      data.value_labels = (const char * const *) value_labels->pdata;
      cairo_save (cr);
      cairo_translate (cr, MARGIN_X + k * (cell + 2 * GUTTER), p->y);
      livc_trend_draw (cr, &data, cell, p->height - 10);
      cairo_restore (cr);
      g_string_free (title, TRUE);
    }
}

static void
draw_chart (LivcReport *self,
            cairo_t    *cr,
            Placed     *p)
{
  const char * const *langs = (const char * const *) self->langs;
  double width = p->block->chart == CHART_COMPARE_RADAR ? CONTENT_W : 420;

  if (p->block->chart == CHART_TREND)
    {
      draw_trends (self, cr, p);
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, MARGIN_X + (CONTENT_W - width) / 2, p->y);
  if (p->block->chart == CHART_COMPARE_RADAR)
    draw_comparison_radar (self->comparison, langs, self->n_cols, cr, width, p->height);
  else
    draw_scores_radar (self->scores, langs, self->n_cols, FALSE, cr, width, p->height);
  cairo_restore (cr);
}

/* A text drawn on one line and ellipsized, as the running header and the contents draw a
 * heading or a name printed whole elsewhere: only its start can show, so only its start
 * is laid out (ellipsizing a 100 KB title took seconds), its controls closed again. */
static char *
one_line_text (const char *text)
{
  const char *end = text;
  g_autofree char *start = NULL;
  g_autofree char *isolated = NULL;

  for (guint n = 0; *end != '\0' && n < MAX_ONE_LINE; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  start = g_strndup (text, end - text);
  isolated = livc_text_isolate (start);
  return g_strconcat (isolated, "…", NULL);
}

/* One line of the contents: the entry placed at p. */
static void
draw_toc (LivcReport *self,
          cairo_t    *cr,
          Placed     *p)
{
  Entry *entry = &g_array_index (self->entries, Entry, p->start[0]);
  g_autofree char *number = g_strdup_printf ("%u", entry->page);
  double indent = entry->level > 1 ? 18 : 0;
  g_autofree char *text = one_line_text (entry->title);
  g_autoptr(PangoLayout) title = make_layout (self, entry->level > 1 ? STYLE_BODY : STYLE_BOLD,
                                              text, -1, CONTENT_W - 60 - indent);
  g_autoptr(PangoLayout) page = make_layout (self, STYLE_BODY, number, -1, 40);

  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  /* The line's link to its heading is added to the PDF afterwards: add_contents_links (). */
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_layout (self, cr, title, MARGIN_X + indent, p->y + 4);
  show_layout (self, cr, page, MARGIN_X + CONTENT_W - 40, p->y + 4);
}

void
livc_report_draw_page (LivcReport *self,
                       cairo_t    *cr,
                       guint       page)
{
  GPtrArray *placed;

  g_return_if_fail (LIVC_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  if (page > 0)
    {
      /* Running header and page number, on every page but the cover. */
      g_autofree char *template = label_all (self, "page");
      g_autofree char *number = fill_numbers (template, page + 1, self->pages->len);
      g_autofree char *running = one_line_text (self->running);
      g_autoptr(PangoLayout) head = make_layout (self, STYLE_MUTED, running, -1, CONTENT_W);
      g_autoptr(PangoLayout) foot = make_layout (self, STYLE_MUTED, number, -1, CONTENT_W);

      pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (foot, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      show_layout (self, cr, head, MARGIN_X, 30);
      show_layout (self, cr, foot, MARGIN_X, LIVC_REPORT_PAGE_HEIGHT - 40);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, MARGIN_X, 46);
      cairo_line_to (cr, MARGIN_X + CONTENT_W, 46);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = g_ptr_array_index (placed, i);

      switch (p->block->kind)
        {
        case BLOCK_TEXT:
          draw_text (self, cr, p);
          break;
        case BLOCK_ROW:
          draw_row (self, cr, p);
          break;
        case BLOCK_CHART:
          draw_chart (self, cr, p);
          break;
        case BLOCK_TOC:
          draw_toc (self, cr, p);
          break;
        case BLOCK_SPACE:
        case BLOCK_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
}


/* The radar of an assessment, or of a comparison, as an 800×800 PNG for slides; lang may
 * be "nl+fr". */
static gboolean
write_radar_png (LivcScoreSet   *scores,
                 LivcComparison *comparison,
                 const char     *lang,
                 const char     *path,
                 GError        **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  const char *langs[MAX_COLS] = { lang, NULL };
  guint n_langs = 1;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      langs[0] = "nl";
      langs[1] = "fr";
      n_langs = 2;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 800);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (comparison != NULL)
    draw_comparison_radar (comparison, langs, n_langs, cr, 800, 800);
  else
    draw_scores_radar (scores, langs, n_langs, FALSE, cr, 800, 800);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_to_array, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return livc_write_file_atomically (path, png->data, png->len, error);
}

gboolean
livc_report_write_radar_png (LivcScoreSet *scores,
                             const char   *lang,
                             const char   *path,
                             GError      **error)
{
  g_return_val_if_fail (LIVC_IS_SCORE_SET (scores), FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);
  return write_radar_png (scores, NULL, lang, path, error);
}

/* The radar of one assessment as the app shows it, into any cairo_t; lang may be "nl+fr".
 * The background is left to the caller. */
void
livc_report_draw_radar (LivcScoreSet *scores,
                        const char   *lang,
                        gboolean      dark,
                        cairo_t      *cr,
                        double        width,
                        double        height)
{
  const char *langs[2] = { lang, NULL };
  guint n_langs = 1;

  g_return_if_fail (LIVC_IS_SCORE_SET (scores));
  g_return_if_fail (livc_report_lang_is_valid (lang));

  if (g_strcmp0 (lang, "nl+fr") == 0)
    {
      langs[0] = "nl";
      langs[1] = "fr";
      n_langs = 2;
    }
  draw_scores_radar (scores, langs, n_langs, dark, cr, width, height);
}

gboolean
livc_report_write_comparison_png (LivcComparison *comparison,
                                  const char     *lang,
                                  const char     *path,
                                  GError        **error)
{
  g_return_val_if_fail (LIVC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (livc_comparison_get_n (comparison) > 0, FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);
  return write_radar_png (NULL, comparison, lang, path, error);
}

/* Clickable contents. cairo 1.16 writes a broken cross-reference table as soon as a PDF
 * has a link annotation, so the links are added afterwards, as an incremental update
 * (PDF 1.7, 7.5.6): each contents page is written again with an /Annots array, after
 * one link annotation per line whose destination is the heading's page and height. Only
 * the plain structure cairo writes is read: the trailer, the /Kids of the page tree and
 * the page objects. Should it ever differ, the PDF is left without the links. */

static const char *
find_in (GByteArray *pdf,
         const char *needle,
         const char *from)
{
  const char *end = (const char *) pdf->data + pdf->len;
  gsize n = strlen (needle);

  for (const char *p = from; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

static const char *
rfind_in (GByteArray *pdf,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = pdf->len >= n ? pdf->len - n + 1 : 0; i-- > 0;)
    if (memcmp (pdf->data + i, needle, n) == 0)
      return (const char *) pdf->data + i;
  return NULL;
}

/* The integer after key in the text from p, or -1. */
static gint64
number_after (const char *p,
              const char *key)
{
  const char *k = strstr (p, key);

  return k != NULL ? g_ascii_strtoll (k + strlen (key), NULL, 10) : -1;
}

/* The page objects' numbers, in order, from the /Kids of cairo's one /Pages object. */
static GArray *
page_objects (GByteArray *pdf)
{
  GArray *kids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *p;

  if ((p = find_in (pdf, "/Type /Pages", (const char *) pdf->data)) == NULL ||
      (p = find_in (pdf, "/Kids [", p)) == NULL)
    return kids;
  for (p += strlen ("/Kids ["); *p != ']' && *p != '\0';)
    {
      char *end;
      gint64 number = g_ascii_strtoll (p, &end, 10);

      if (end == p || (p = strchr (end, 'R')) == NULL)
        {
          g_array_set_size (kids, 0);
          break;
        }
      g_array_append_val (kids, number);
      for (p++; *p == ' ' || *p == '\n'; p++)
        ;
    }
  return kids;
}

/* Appends page pi's object again, with /Annots before its dictionary's end. */
static gboolean
append_page_with_annots (GByteArray *pdf,
                         gint64      number,
                         const char *annots,
                         GString    *update)
{
  g_autofree char *header = g_strdup_printf ("\n%" G_GINT64_FORMAT " 0 obj\n", number);
  const char *obj = find_in (pdf, header, (const char *) pdf->data);
  const char *end = obj != NULL ? find_in (pdf, "endobj", obj) : NULL;
  const char *close = NULL;

  if (end == NULL)
    return FALSE;
  for (const char *q = obj; q + 1 < end; q++)
    if (q[0] == '>' && q[1] == '>')
      close = q;
  if (close == NULL)
    return FALSE;
  g_string_append_len (update, obj + 1, close - (obj + 1));
  g_string_append_printf (update, "   /Annots [%s ]\n", annots);
  g_string_append_len (update, close, end - close);
  g_string_append (update, "endobj\n");
  return TRUE;
}

static void
add_contents_links (LivcReport *self,
                    GByteArray *pdf)
{
  g_autoptr(GArray) kids = NULL;
  g_autoptr(GString) update = g_string_new ("\n");
  g_autoptr(GString) xref = g_string_new ("xref\n");
  g_autofree char *trailer = NULL;
  const char *t, *t_end, *start;
  gint64 size, root, info, prev, next;
  guint base;

  g_byte_array_append (pdf, (const guint8 *) "", 1); /* a NUL, so that strstr stops */
  base = pdf->len - 1;                                 /* where the update will begin */
  t = rfind_in (pdf, "trailer");
  start = rfind_in (pdf, "startxref");
  t_end = t != NULL ? find_in (pdf, ">>", t) : NULL;
  if (t_end == NULL || start == NULL)
    goto out;
  trailer = g_strndup (t, (gsize) (t_end - t));
  size = number_after (trailer, "/Size ");
  root = number_after (trailer, "/Root ");
  info = number_after (trailer, "/Info ");
  prev = number_after (start, "startxref");
  kids = page_objects (pdf);
  if (size <= 0 || root <= 0 || prev <= 0 || kids->len != self->pages->len)
    goto out;

  next = size;
  for (guint pi = 0; pi < self->pages->len; pi++)
    {
      GPtrArray *placed = g_ptr_array_index (self->pages, pi);
      g_autoptr(GString) annots = g_string_new (NULL);

      for (guint k = 0; k < placed->len; k++)
        {
          Placed *pl = g_ptr_array_index (placed, k);
          char n[5][G_ASCII_DTOSTR_BUF_SIZE];
          Entry *entry;

          if (pl->block->kind != BLOCK_TOC)
            continue;
          entry = &g_array_index (self->entries, Entry, pl->start[0]);
          if (entry->page == 0 || entry->page > kids->len)
            continue;
          g_string_append_printf (xref, "%" G_GINT64_FORMAT " 1\n%010u 00000 n \n", next, base + (guint) update->len);
          /* PDF numbers take '.' whatever the locale: printf's %f would write "56,00"
           * under a decimal-comma locale, and readers drop the link. */
          g_string_append_printf (update,
                                  "%" G_GINT64_FORMAT " 0 obj\n<< /Type /Annot /Subtype /Link /Border [ 0 0 0 ]\n"
                                  "   /Rect [ %s %s %s %s ]\n"
                                  "   /Dest [ %" G_GINT64_FORMAT " 0 R /XYZ 0 %s 0 ]\n>>\nendobj\n",
                                  next, g_ascii_formatd (n[0], sizeof n[0], "%.2f", MARGIN_X),
                                  g_ascii_formatd (n[1], sizeof n[1], "%.2f",
                                                   LIVC_REPORT_PAGE_HEIGHT - pl->y - pl->height),
                                  g_ascii_formatd (n[2], sizeof n[2], "%.2f", MARGIN_X + CONTENT_W),
                                  g_ascii_formatd (n[3], sizeof n[3], "%.2f",
                                                   LIVC_REPORT_PAGE_HEIGHT - pl->y),
                                  g_array_index (kids, gint64, entry->page - 1),
                                  g_ascii_formatd (n[4], sizeof n[4], "%.2f",
                                                   LIVC_REPORT_PAGE_HEIGHT - entry->y + 12));
          g_string_append_printf (annots, " %" G_GINT64_FORMAT " 0 R", next);
          next++;
        }
      if (annots->len == 0)
        continue;
      g_string_append_printf (xref, "%" G_GINT64_FORMAT " 1\n%010u 00000 n \n",
                              g_array_index (kids, gint64, pi), base + (guint) update->len);
      if (!append_page_with_annots (pdf, g_array_index (kids, gint64, pi), annots->str, update))
        goto out;
    }
  if (next == size)
    goto out;

  g_string_append_printf (xref, "trailer\n<< /Size %" G_GINT64_FORMAT "\n   /Root %" G_GINT64_FORMAT " 0 R\n",
                          next, root);
  if (info > 0)
    g_string_append_printf (xref, "   /Info %" G_GINT64_FORMAT " 0 R\n", info);
  g_string_append_printf (xref, "   /Prev %" G_GINT64_FORMAT "\n>>\nstartxref\n%u\n%%%%EOF\n",
                          prev, base + (guint) update->len);
  g_byte_array_set_size (pdf, base);
  g_byte_array_append (pdf, (const guint8 *) update->str, update->len);
  g_byte_array_append (pdf, (const guint8 *) xref->str, xref->len);
  return;

out:
  g_byte_array_set_size (pdf, base);
}

/* Writes the PDF to memory first, then replaces the file atomically. */
gboolean
livc_report_write_pdf (LivcReport *self,
                       const char *path,
                       GError    **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree char *date = NULL;
  int *ids;

  g_return_val_if_fail (LIVC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Never a report that silently prints less than its texts. */
  if (self->incomplete)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: a text of the report could not be laid out whole"), path);
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (append_to_array, buffer,
                                                 LIVC_REPORT_PAGE_WIDTH, LIVC_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  livc_report_text (self->comparison ? "compare-title" : "report-title",
                                                    self->langs[0]));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "LIVC Scan " PACKAGE_VERSION);
  if (livc_date_is_valid (self->date))
    {
      date = g_strdup_printf ("%sT00:00:00", self->date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }

  ids = g_new0 (int, self->entries->len + 1);
  for (guint e = 0; e < self->entries->len; e++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, e);
      g_autofree char *link = g_strdup_printf ("dest='%s'", entry->anchor);
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      /* A level-2 entry hangs under the last level-1 entry before it. */
      for (guint k = e; entry->level > 1 && k > 0; k--)
        if (g_array_index (self->entries, Entry, k - 1).level == 1)
          {
            parent = ids[k - 1];
            break;
          }
      ids[e] = cairo_pdf_surface_add_outline (surface, parent, entry->title, link,
                                              CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
  g_free (ids);

  cr = cairo_create (surface);
  for (guint p = 0; p < self->pages->len; p++)
    {
      livc_report_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIVC_WRITER_ERROR, LIVC_WRITER_ERROR_FAILED,
                   _("cannot write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  add_contents_links (self, buffer);
  return livc_write_file_atomically (path, buffer->data, buffer->len, error);
}
