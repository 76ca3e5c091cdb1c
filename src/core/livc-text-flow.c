/* livc-text-flow.c: a text of any length broken into lines once. Pango lays out a window of
 * at most LIVC_TEXT_FLOW_WINDOW bytes at a time: a window ends at a paragraph's end when
 * one is near, else anywhere, and then its last line, which the cut may have shortened,
 * is dropped and starts the next window. The lines are then the ones a layout of the
 * whole text would give, in time proportional to the text's length (Pango shapes the rest
 * of a paragraph again for every line it breaks, which made a 1 MB note take minutes).
 * The windows' layouts are kept for drawing when asked, else laid out again, the same,
 * when their lines are drawn.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-text-flow.h"

typedef struct
{
  int          start;
  int          end;
  PangoLayout *layout; /* NULL when not kept */
} Window;

struct _LivcTextFlow
{
  char                 *text;
  int                   length;
  PangoFontDescription *font;
  double                spacing;
  double                width;
  GArray               *windows; /* Window */
  GArray               *lines;   /* LivcFlowLine */
  gboolean              complete;
  gsize                 kept;
  guint                 cached_window; /* a window laid out again for drawing */
  PangoLayout          *cached;
};

/* The target a context was last updated for: the font options of its surface and its
 * transformation. */
typedef struct
{
  cairo_font_options_t *options;
  cairo_matrix_t        matrix;
} Target;

static void
target_free (gpointer data)
{
  Target *target = data;

  cairo_font_options_destroy (target->options);
  g_free (target);
}

/* pango_cairo_update_context () for the target of cr, only when that target differs from
 * the last one: the update marks the context changed even when nothing changed (it sets the
 * same matrix again), which would make every layout made so far lay itself out again. */
void
livc_text_update_context (PangoContext *context,
                          cairo_t      *cr)
{
  GQuark quark = g_quark_from_static_string ("livc-report-target"); /* from both threads */
  Target *last = g_object_get_qdata (G_OBJECT (context), quark);
  Target *target;

  target = g_new0 (Target, 1);
  target->options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), target->options);
  cairo_get_matrix (cr, &target->matrix);
  /* What the update reads: the surface's font options and the matrix less its translation
   * (the context's own font options win over the cairo_t's). */
  if (last != NULL && cairo_font_options_equal (target->options, last->options) &&
      target->matrix.xx == last->matrix.xx && target->matrix.yx == last->matrix.yx &&
      target->matrix.xy == last->matrix.xy && target->matrix.yy == last->matrix.yy)
    {
      target_free (target);
      return;
    }
  pango_cairo_update_context (cr, context);
  g_object_set_qdata_full (G_OBJECT (context), quark, target, target_free);
}

static PangoLayout *
window_layout (const LivcTextFlow *flow,
               PangoContext       *context,
               int                 start,
               int                 end)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* A run broken where it has no break opportunity (a case number, a path, a name) reads
   * as written, without a hyphen that is not in it. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, flow->font);
  pango_layout_set_width (layout, flow->width > 0 ? (int) (flow->width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (flow->spacing * PANGO_SCALE));
  pango_layout_set_text (layout, flow->text + start, end - start);
  return layout;
}

/* The length of the paragraph separator ending just before p (Pango's: \n, \r, \r\n,
 * U+2029), or 0. */
static int
separator_before (const char *text,
                  int         start,
                  int         p)
{
  if (p - 2 >= start && text[p - 2] == '\r' && text[p - 1] == '\n')
    return 2;
  if (p - 1 >= start && (text[p - 1] == '\n' || text[p - 1] == '\r'))
    return 1;
  if (p - 3 >= start && memcmp (text + p - 3, "\342\200\251", 3) == 0)
    return 3;
  return 0;
}

/* Where the window from start ends, and where the next one begins. A window ends before
 * a paragraph separator in its last three quarters when there is one; its last line is
 * then whole (*whole). */
static int
window_end (const LivcTextFlow *flow,
            int                 start,
            int                *next,
            gboolean           *whole)
{
  const char *text = flow->text;
  int limit = start + LIVC_TEXT_FLOW_WINDOW;

  *whole = TRUE;
  if (flow->length - start <= LIVC_TEXT_FLOW_WINDOW)
    {
      *next = flow->length;
      return flow->length;
    }
  for (int p = limit; p > start + LIVC_TEXT_FLOW_WINDOW / 4; p--)
    {
      int sep = separator_before (text, start, p);

      if (sep > 0 && !(text[p - 1] == '\r' && text[p] == '\n'))
        {
          *next = p;
          return p - sep;
        }
    }
  while (limit > start + 1 && (text[limit] & 0xC0) == 0x80)
    limit--;
  *whole = FALSE;
  *next = limit;
  return limit;
}

/* Every byte of the text is in a line, but for one separator between two lines. */
static gboolean
covers_text (const LivcTextFlow *flow)
{
  int cursor = 0;

  for (guint i = 0; i < flow->lines->len; i++)
    {
      const LivcFlowLine *line = &g_array_index (flow->lines, LivcFlowLine, i);

      if (line->start < cursor || line->end < line->start)
        return FALSE;
      if (line->start != cursor && (i == 0 || separator_before (flow->text, cursor, line->start) !=
                                                line->start - cursor))
        return FALSE;
      cursor = line->end;
    }
  return cursor == flow->length && flow->lines->len > 0;
}

LivcTextFlow *
livc_text_flow_new (PangoContext               *context,
                    const PangoFontDescription *font,
                    double                      spacing,
                    double                      width,
                    const char                 *text,
                    gboolean                    keep)
{
  LivcTextFlow *flow;
  int pos = 0;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (font != NULL, NULL);

  flow = g_new0 (LivcTextFlow, 1);
  flow->text = g_strdup (text != NULL ? text : "");
  flow->length = (int) strlen (flow->text);
  flow->font = pango_font_description_copy (font);
  flow->spacing = spacing;
  flow->width = width;
  flow->windows = g_array_new (FALSE, FALSE, sizeof (Window));
  flow->lines = g_array_new (FALSE, FALSE, sizeof (LivcFlowLine));
  flow->cached_window = G_MAXUINT;
  do
    {
      Window window = { pos, 0, NULL };
      gboolean whole;
      int next;
      PangoLayout *layout;
      PangoLayoutIter *iter;
      int n, i = 0;

      window.end = window_end (flow, pos, &next, &whole);
      layout = window_layout (flow, context, window.start, window.end);
      n = pango_layout_get_line_count (layout);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          LivcFlowLine fl;

          if (!whole && i == n - 1 && n > 1)
            {
              /* Cut short by the window: the next window starts with it. */
              next = window.start + line->start_index;
              break;
            }
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          fl.window = flow->windows->len;
          fl.index = (guint) i;
          fl.start = window.start + line->start_index;
          fl.end = fl.start + line->length;
          fl.x = (double) logical.x / PANGO_SCALE;
          fl.height = (double) logical.height / PANGO_SCALE;
          fl.baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
          g_array_append_val (flow->lines, fl);
          i++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      if (keep)
        {
          window.layout = layout;
          flow->kept += window.end - window.start + 64;
        }
      else
        g_object_unref (layout);
      g_array_append_val (flow->windows, window);
      g_assert (next > pos || flow->length == 0);
      pos = next;
    }
  while (pos < flow->length);
  flow->complete = covers_text (flow);
  return flow;
}

void
livc_text_flow_free (LivcTextFlow *flow)
{
  if (flow == NULL)
    return;
  for (guint i = 0; i < flow->windows->len; i++)
    g_clear_object (&g_array_index (flow->windows, Window, i).layout);
  g_array_unref (flow->windows);
  g_array_unref (flow->lines);
  g_clear_object (&flow->cached);
  pango_font_description_free (flow->font);
  g_free (flow->text);
  g_free (flow);
}

guint
livc_text_flow_get_n_lines (const LivcTextFlow *flow)
{
  return flow->lines->len;
}

const LivcFlowLine *
livc_text_flow_get_line (const LivcTextFlow *flow,
                         guint               index)
{
  g_return_val_if_fail (index < flow->lines->len, NULL);
  return &g_array_index (flow->lines, LivcFlowLine, index);
}

/* Whether its lines hold every character of the text: a report refuses to print a text
 * that would come out shorter. */
gboolean
livc_text_flow_is_complete (const LivcTextFlow *flow)
{
  return flow->complete;
}

/* The bytes of text whose layouts are kept. */
gsize
livc_text_flow_get_kept (const LivcTextFlow *flow)
{
  return flow->kept;
}

/* The height of lines first to end - 1, drawn one under the other. */
double
livc_text_flow_height (const LivcTextFlow *flow,
                       guint               first,
                       guint               end)
{
  double h = 0;

  for (guint i = first; i < end && i < flow->lines->len; i++)
    h += (i > first ? flow->spacing : 0) + g_array_index (flow->lines, LivcFlowLine, i).height;
  return h;
}

/* How many lines from first fit in avail, and their height. */
guint
livc_text_flow_fit (const LivcTextFlow *flow,
                    guint               first,
                    double              avail,
                    double             *height)
{
  double h = 0;
  guint i;

  for (i = first; i < flow->lines->len; i++)
    {
      double next = h + (i > first ? flow->spacing : 0) +
                    g_array_index (flow->lines, LivcFlowLine, i).height;

      if (next > avail)
        break;
      h = next;
    }
  *height = h;
  return i - first;
}

static PangoLayout *
get_window (LivcTextFlow *flow,
            PangoContext *context,
            guint         index)
{
  Window *window = &g_array_index (flow->windows, Window, index);

  if (window->layout != NULL)
    return window->layout;
  if (flow->cached_window != index || flow->cached == NULL ||
      pango_layout_get_context (flow->cached) != context)
    {
      g_clear_object (&flow->cached);
      flow->cached = window_layout (flow, context, window->start, window->end);
      flow->cached_window = index;
    }
  return flow->cached;
}

/* Lines first to end - 1 with the first one's top at (x, y). A window that was not kept is
 * laid out again: the same text, font and width give the same lines. */
void
livc_text_flow_draw (LivcTextFlow *flow,
                     cairo_t      *cr,
                     PangoContext *context,
                     double        x,
                     double        y,
                     guint         first,
                     guint         end)
{
  guint current = G_MAXUINT;
  GSList *lines = NULL;
  guint at = 0;

  for (guint i = first; i < end && i < flow->lines->len; i++)
    {
      const LivcFlowLine *fl = &g_array_index (flow->lines, LivcFlowLine, i);

      if (fl->window != current)
        {
          PangoLayout *layout = get_window (flow, context, fl->window);

          livc_text_update_context (pango_layout_get_context (layout), cr);
          lines = pango_layout_get_lines_readonly (layout);
          current = fl->window;
          at = 0;
        }
      for (; at < fl->index && lines != NULL; at++)
        lines = lines->next;
      if (lines == NULL)
        break;
      cairo_move_to (cr, x + fl->x, y + fl->baseline);
      pango_cairo_show_layout_line (cr, lines->data);
      y += fl->height + flow->spacing;
    }
}
