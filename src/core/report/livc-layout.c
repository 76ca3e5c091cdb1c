/* livc-layout.c: the report's blocks laid out into A4 pages. Every text is broken into
 * lines ahead (on two cores), then placed: a paragraph that does not fit is split between
 * two lines, a table row moves on whole when it fits on a page and repeats its table's
 * header there, a heading never ends a page. No text is ever cut or overlaps.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>

#include "livc-layout-private.h"

#define MAX_KEPT       4000 /* layouts kept from pagination for drawing: a long report's */
#define MAX_KEPT_BYTES (1024 * 1024) /* worth, and the text they hold, at most */
#define MIN_LINES        2    /* lines of a paragraph kept together at a page's foot or top */
#define MIN_ROWS         3    /* rows of a table kept together at a page's foot or top */
#define SOFT_BREAK_FILL  0.5  /* a section goes on below a page filled less than this */
#define SOFT_BREAK_SPACE 24.0 /* and this far below it */

static void
livc_block_free (gpointer data)
{
  LivcBlock *b = data;

  for (guint i = 0; i < MAX_COLS; i++)
    g_free (b->text[i]);
  g_free (b->anchor);
  g_free (b->alt);
  g_free (b->owned_widths);
  g_clear_pointer (&b->cells, g_ptr_array_unref);
  for (guint i = 0; i < MAX_COLS; i++)
    g_clear_pointer (&b->flow[i], livc_text_flow_free);
  g_clear_pointer (&b->cell_flows, g_ptr_array_unref);
  g_free (b);
}

/* Pango */

static PangoFontDescription *
font_for (LivcStyle style)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT);
  double size = 9.5;

  switch (style)
    {
    case LIVC_STYLE_TITLE:
      size = 24;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case LIVC_STYLE_SUBTITLE:
      size = 14;
      break;
    case LIVC_STYLE_H1:
      size = 16;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case LIVC_STYLE_H2:
      size = 11;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case LIVC_STYLE_BOLD:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case LIVC_STYLE_SMALL_BOLD:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      size = 8.5;
      break;
    case LIVC_STYLE_SMALL:
    case LIVC_STYLE_MUTED:
      size = 8.5;
      break;
    case LIVC_STYLE_BIG:
      size = 30;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case LIVC_STYLE_BODY:
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
  pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, LIVC_REPORT_PAGE_WIDTH,
                                             LIVC_REPORT_PAGE_HEIGHT);
  cr = cairo_create (pdf);
  livc_text_update_context (context, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (pdf);
  return context;
}

static PangoLayout *
new_text_in (PangoContext *context,
             LivcStyle     style,
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

PangoLayout *
livc_layout_new_text (LivcLayout *self,
                      LivcStyle   style,
                      const char *text,
                      int         length,
                      double      width)
{
  return new_text_in (self->context, style, text, length, width);
}

double
livc_layout_column_width (LivcLayout *self)
{
  return (CONTENT_W - (self->n_cols - 1) * GUTTER) / self->n_cols;
}

/* Breaking into lines ahead */

typedef struct
{
  LivcTextFlow **out;
  LivcStyle          style;
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
prepare_flows (LivcLayout *self)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Job));
  g_autoptr(GArray) theirs = NULL;
  g_autoptr(GArray) mine = NULL;
  double width = livc_layout_column_width (self);
  gsize total = 0, kept = 0, my_bytes = 0, their_bytes = 0;
  GThread *thread;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      LivcBlock *b = g_ptr_array_index (self->blocks, i);

      if (b->kind == LIVC_BLOCK_ROW)
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
      else if (b->kind == LIVC_BLOCK_TEXT)
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
row_height (LivcBlock   *b,
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
  LivcPlaced *p = data;

  g_free (p->cell_start);
  g_free (p->cell_end);
  g_free (p);
}

static GPtrArray *
new_page (LivcLayout *self)
{
  GPtrArray *page = g_ptr_array_new_with_free_func (placed_free);

  g_ptr_array_add (self->pages, page);
  return page;
}

static LivcPlaced *
place (GPtrArray *page,
       LivcBlock *b,
       double     y,
       double     height)
{
  LivcPlaced *p = g_new0 (LivcPlaced, 1);

  p->block = b;
  p->y = y;
  p->height = height;
  g_ptr_array_add (page, p);
  return p;
}

/* A table that goes on repeats its header atop the new page; returns where rows go on. */
static double
place_header (GPtrArray *page,
              LivcBlock *b)
{
  LivcPlaced *p;

  if (b->repeat == NULL)
    return CONTENT_TOP;
  p = place (page, b->repeat, CONTENT_TOP, row_height (b->repeat, NULL, NULL));
  return CONTENT_TOP + p->height;
}

/* A row moves to the next page whole when it fits on one; a taller row goes on over
 * pages, each cell's lines where they fall, under the header again. */
static double
place_row (LivcLayout  *self,
           LivcBlock   *b,
           GPtrArray  **page,
           double       y)
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
      LivcPlaced *p = g_new0 (LivcPlaced, 1);
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
place_text (LivcLayout  *self,
            LivcBlock   *b,
            GPtrArray  **page,
            double       y)
{
  guint pos[MAX_COLS] = { 0 };
  guint cols = b->text[1] != NULL ? self->n_cols : 1;

  for (;;)
    {
      LivcPlaced *p = g_new0 (LivcPlaced, 1);
      gboolean done = TRUE, any = FALSE;
      double h = 0;

      p->block = b;
      p->y = y;
      for (guint c = 0; c < cols; c++)
        {
          guint n = livc_text_flow_get_n_lines (b->flow[c]);
          double used;
          guint fit = livc_text_flow_fit (b->flow[c], pos[c], CONTENT_BOT - y, &used);

          if (fit > 0 && pos[c] + fit < n && (*page)->len > 0)
            {
              /* Split between pages: never one line alone at the foot (an orphan) nor at
               * the top of the next page (a widow); two at least, or the text moves on. */
              guint rest = n - pos[c] - fit;

              if (rest < MIN_LINES)
                fit = fit + rest >= 2 * MIN_LINES ? fit - (MIN_LINES - rest) : 0;
              if (pos[c] == 0 && fit < MIN_LINES)
                fit = 0;
              used = fit > 0 ? livc_text_flow_height (b->flow[c], pos[c], pos[c] + fit) : 0;
            }
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

/* The height of a text's first lines (all when max_lines is 0), the tallest column. */
static double
text_height (LivcLayout *self,
             LivcBlock  *b,
             guint       max_lines)
{
  guint cols = b->text[1] != NULL ? self->n_cols : 1;
  double h = 0;

  for (guint c = 0; c < cols; c++)
    {
      guint n = livc_text_flow_get_n_lines (b->flow[c]);

      h = MAX (h, livc_text_flow_height (b->flow[c], 0, max_lines > 0 ? MIN (n, max_lines) : n));
    }
  return b->space + h + 3;
}

/* The rows of block i's table from block i on: how many, and their height together. */
static guint
rest_of_table (LivcLayout *self,
               guint       i,
               guint       max_rows,
               double     *height)
{
  LivcBlock *b = g_ptr_array_index (self->blocks, i);
  LivcBlock *head = b->header ? b : b->repeat;
  guint n = 0;

  *height = 0;
  for (guint j = b->header ? i + 1 : i; j < self->blocks->len; j++)
    {
      LivcBlock *row = g_ptr_array_index (self->blocks, j);

      if (row->kind != LIVC_BLOCK_ROW || row->repeat != head || head == NULL ||
          (max_rows > 0 && n >= max_rows))
        break;
      *height += row_height (row, NULL, NULL);
      n++;
    }
  return n;
}

/* What block i needs on a page where it begins: a text its first lines, a table's header
 * its first rows, a row or a chart all of itself. */
static double
least_height (LivcLayout *self,
              guint       i)
{
  LivcBlock *b = g_ptr_array_index (self->blocks, i);
  double rows;

  switch (b->kind)
    {
    case LIVC_BLOCK_TEXT:
      return text_height (self, b, MIN_LINES + 1);
    case LIVC_BLOCK_ROW:
      if (!b->header)
        return row_height (b, NULL, NULL);
      rest_of_table (self, i, MIN_ROWS, &rows);
      return row_height (b, NULL, NULL) + rows;
    case LIVC_BLOCK_CHART:
      return b->height;
    case LIVC_BLOCK_SPACE:
      return b->space;
    case LIVC_BLOCK_BREAK:
    case LIVC_BLOCK_TOC:
    default:
      return 0;
    }
}

static gboolean
keeps_with_next (LivcBlock *b)
{
  return b->kind == LIVC_BLOCK_TEXT &&
         (b->keep_with_next || b->style == LIVC_STYLE_H1 || b->style == LIVC_STYLE_H2);
}

/* The height that must stand together from block i: the headings and introductions kept
 * with what follows them, whole, then the least of the first block that is not. */
static double
chain_height (LivcLayout *self,
              guint       i)
{
  double h = 0;

  for (; i < self->blocks->len; i++)
    {
      LivcBlock *b = g_ptr_array_index (self->blocks, i);

      if (b->kind == LIVC_BLOCK_SPACE)
        h += b->space;
      else if (keeps_with_next (b))
        h += text_height (self, b, 0);
      else
        return h + least_height (self, i);
    }
  return h;
}

/* A section's break: a new page, unless the page holds only a few lines so far; then the
 * section goes on below them, so that no page but the last is nearly empty. */
static gboolean
breaks_page (LivcBlock *b,
             GPtrArray *page,
             double     y)
{
  if (page->len == 0)
    return FALSE;
  return !b->soft || y - CONTENT_TOP >= SOFT_BREAK_FILL * (CONTENT_BOT - CONTENT_TOP);
}

void
livc_layout_paginate (LivcLayout *self)
{
  GPtrArray *page = new_page (self);
  double y = CONTENT_TOP;

  prepare_flows (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      LivcBlock *b = g_ptr_array_index (self->blocks, i);

      switch (b->kind)
        {
        case LIVC_BLOCK_BREAK:
          if (breaks_page (b, page, y))
            {
              page = new_page (self);
              y = CONTENT_TOP;
            }
          else if (page->len > 0)
            y += SOFT_BREAK_SPACE;
          break;

        case LIVC_BLOCK_SPACE:
          y += b->space;
          break;

        case LIVC_BLOCK_TOC:
          /* One place per entry, so that long contents go on over pages; in a bilingual
           * report a line per language, so that no title is cut. */
          for (guint e = 0; e < self->entries->len; e++)
            {
              double h = TOC_LINE + (self->n_cols - 1) * TOC_SECOND;

              if (y + h > CONTENT_BOT && page->len > 0)
                {
                  page = new_page (self);
                  y = CONTENT_TOP;
                }
              place (page, b, y, h)->start[0] = (int) e;
              y += h;
            }
          break;

        case LIVC_BLOCK_CHART:
          if (y + b->height > CONTENT_BOT && page->len > 0)
            {
              page = new_page (self);
              y = CONTENT_TOP;
            }
          place (page, b, y, b->height);
          y += b->height;
          break;

        case LIVC_BLOCK_ROW:
          {
            double need = 0, rest = 0;
            guint n_rest = 0;

            /* A table begins with its first rows under its header, or on the next page. */
            if (b->header)
              need = chain_height (self, i);
            /* Never one or two rows alone atop a page: when the rest of a table does not
             * fit, its last rows go over together. */
            else if (b->repeat != NULL)
              n_rest = rest_of_table (self, i, 0, &rest);
            if (page->len > 0 &&
                ((need > 0 && y + need > CONTENT_BOT && need <= CONTENT_BOT - CONTENT_TOP) ||
                 (n_rest > 0 && n_rest <= MIN_ROWS && y + rest > CONTENT_BOT &&
                  rest <= CONTENT_BOT - CONTENT_TOP - row_height (b->repeat, NULL, NULL))))
              {
                page = new_page (self);
                y = need > 0 ? CONTENT_TOP : place_header (page, b);
              }
            y = place_row (self, b, &page, y);
          }
          break;

        case LIVC_BLOCK_TEXT:
        default:
          {
            /* A heading never ends a page: it moves on with what follows it. */
            if (keeps_with_next (b) && page->len > 0)
              {
                double need = chain_height (self, i);

                if (y + need > CONTENT_BOT && need <= CONTENT_BOT - CONTENT_TOP)
                  {
                    page = new_page (self);
                    y = CONTENT_TOP;
                  }
              }
            if (page->len > 0 || y > CONTENT_TOP)
              y += b->space;
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
          LivcPlaced *p = g_ptr_array_index (pg, k);

          if (p->block->anchor == NULL || p->start[0] != 0)
            continue;
          for (guint e = 0; e < self->entries->len; e++)
            {
              LivcEntry *entry = &g_array_index (self->entries, LivcEntry, e);
              if (g_strcmp0 (entry->anchor, p->block->anchor) == 0)
                {
                  entry->page = pi + 1;
                  entry->y = p->y;
                }
            }
        }
    }
}

LivcLayout *
livc_layout_new (guint n_cols)
{
  LivcLayout *self = g_new0 (LivcLayout, 1);

  g_assert (n_cols >= 1 && n_cols <= MAX_COLS);
  self->n_cols = n_cols;
  self->blocks = g_ptr_array_new_with_free_func (livc_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->entries = g_array_new (FALSE, TRUE, sizeof (LivcEntry));
  self->font_map = pango_cairo_font_map_new ();
  self->context = new_context (self->font_map);
  return self;
}

void
livc_layout_free (LivcLayout *self)
{
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  for (guint i = 0; i < self->entries->len; i++)
    {
      g_free (g_array_index (self->entries, LivcEntry, i).title);
      for (guint c = 0; c < MAX_COLS; c++)
        g_free (g_array_index (self->entries, LivcEntry, i).parts[c]);
      g_free (g_array_index (self->entries, LivcEntry, i).anchor);
    }
  g_array_unref (self->entries);
  g_free (self);
}

LivcBlock *
livc_layout_add_block (LivcLayout    *self,
                       LivcBlockKind  kind,
                       LivcStyle      style)
{
  LivcBlock *b = g_new0 (LivcBlock, 1);

  b->kind = kind;
  b->style = style;
  g_ptr_array_add (self->blocks, b);
  return b;
}
