/* livc-spread-view.c: the members' ratings of one item as dots on its scale. Equal ratings
 * stack, the team's answer (or the lower median until there is one) is a ring, and a
 * spread of two levels or more turns the dots to the warning colour: to discuss.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "livc-spread-view.h"

struct _LivcSpreadView
{
  GtkWidget     parent_instance;
  LivcDocument *document;
  LivcItem     *item;
  char         *summary;      /* what the tooltip and description say */
  gboolean      summary_set;
  gboolean      hidden;       /* whether they said the ratings were hidden */
};

G_DEFINE_FINAL_TYPE (LivcSpreadView, livc_spread_view, GTK_TYPE_WIDGET)

#define DOT_RADIUS 4.5

/* "Ratings 2, 4, 4 and don't know · 2 levels apart · to discuss": the same words for screen
 * readers, tooltips and tests. NULL when nobody rated the item. */
char *
livc_spread_dup_summary (LivcDocument *document,
                         LivcItem     *item)
{
  LivcAnswer *answer = livc_assessment_find_answer (livc_document_get_assessment (document),
                                                    livc_item_get_id (item));
  const LivcItemScore *is = livc_score_set_find_item (livc_document_get_scores (document),
                                                      livc_item_get_id (item));
  g_autoptr(GString) s = NULL;
  guint na = 0, unknown = 0;

  if (answer == NULL || livc_answer_get_n_ratings (answer) == 0 || is == NULL)
    return NULL;
  s = g_string_new (_("Ratings"));
  for (guint r = 0, n = 0; r < livc_answer_get_n_ratings (answer); r++)
    {
      int v = livc_answer_get_rating (answer, r)->value;

      if (v == LIVC_VALUE_NA)
        na++;
      else if (v == LIVC_VALUE_UNKNOWN)
        unknown++;
      else
        g_string_append_printf (s, n++ == 0 ? " %d" : ", %d", v);
    }
  if (na > 0)
    g_string_append_printf (s, " · %s × %u", _("not applicable"), na);
  if (unknown > 0)
    g_string_append_printf (s, " · %s × %u", _("don’t know"), unknown);
  if (is->disagreement == 0)
    g_string_append_printf (s, " · %s", _("all agree"));
  else if (is->disagreement > 0)
    {
      g_autofree char *apart = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d level apart",
                                                             "%d levels apart", is->disagreement),
                                                is->disagreement);

      g_string_append_printf (s, " · %s", apart);
    }
  if (is->to_discuss)
    g_string_append_printf (s, " · %s", _("to discuss"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
livc_spread_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LivcSpreadView *self = LIVC_SPREAD_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  LivcScale *scale;
  LivcAnswer *answer;
  const LivcItemScore *is;
  guint n_levels;
  double left, right, axis_y;
  GdkRGBA fg;
  cairo_t *cr;
  g_autofree guint *stack = NULL;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;
  scale = livc_item_get_scale (self->item);
  n_levels = livc_scale_get_n_levels (scale);
  answer = livc_assessment_find_answer (livc_document_get_assessment (self->document),
                                        livc_item_get_id (self->item));
  is = livc_score_set_find_item (livc_document_get_scores (self->document),
                                 livc_item_get_id (self->item));
  /* Hidden with the rest of the members' ratings until the reveal. */
  if (n_levels == 0 || is == NULL || livc_document_get_ratings_hidden (self->document))
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  left = DOT_RADIUS * 2 + 2;
  right = width - DOT_RADIUS * 2 - 2;
  axis_y = height - 12;

  /* The scale: a line with a tick and the value of each level. */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
  cairo_move_to (cr, left, axis_y + 0.5);
  cairo_line_to (cr, right, axis_y + 0.5);
  cairo_stroke (cr);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 9);
  for (guint i = 0; i < n_levels; i++)
    {
      double x = n_levels == 1 ? (left + right) / 2 : left + (right - left) * i / (n_levels - 1);
      g_autofree char *label = g_strdup_printf ("%d", livc_scale_get_level (scale, i)->value);
      cairo_text_extents_t ext;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
      cairo_move_to (cr, x + 0.5, axis_y - 3);
      cairo_line_to (cr, x + 0.5, axis_y + 3);
      cairo_stroke (cr);
      cairo_text_extents (cr, label, &ext);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, x - ext.width / 2 - ext.x_bearing, height - 1);
      cairo_show_text (cr, label);
    }

  /* The team's answer, or the lower median standing in for it: a ring on the axis. */
  if (LIVC_VALUE_IS_LEVEL (is->effective))
    {
      int index = livc_scale_find_level (scale, is->effective);

      if (index >= 0)
        {
          double x = n_levels == 1 ? (left + right) / 2
                                   : left + (right - left) * index / (n_levels - 1);

          cairo_new_path (cr);
          cairo_set_line_width (cr, 2);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue,
                                 answer != NULL &&
                                 livc_answer_get_value (answer) != LIVC_VALUE_NONE ? 0.9 : 0.4);
          cairo_arc (cr, x, axis_y - DOT_RADIUS - 3, DOT_RADIUS + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }

  /* One dot per rating, stacked upwards where members agree. Blue, or orange (libadwaita's
   * accent and warning colours) when the team is to discuss the item. */
  stack = g_new0 (guint, n_levels);
  for (guint r = 0; answer != NULL && r < livc_answer_get_n_ratings (answer); r++)
    {
      int v = livc_answer_get_rating (answer, r)->value;
      int index = LIVC_VALUE_IS_LEVEL (v) ? livc_scale_find_level (scale, v) : -1;
      double x, y;

      if (index < 0)
        continue;
      x = n_levels == 1 ? (left + right) / 2 : left + (right - left) * index / (n_levels - 1);
      y = axis_y - DOT_RADIUS - 3 - stack[index]++ * (DOT_RADIUS * 2 + 1);
      if (y < DOT_RADIUS)
        continue; /* more members than fit: the count is in the summary */
      if (is->to_discuss)
        cairo_set_source_rgb (cr, dark ? 0.97 : 0.90, dark ? 0.83 : 0.38, dark ? 0.27 : 0.0);
      else
        cairo_set_source_rgb (cr, dark ? 0.47 : 0.21, dark ? 0.68 : 0.52, dark ? 0.94 : 0.89);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
}

static void
update (LivcSpreadView *self)
{
  g_autofree char *summary = NULL;
  gboolean hidden;

  if (self->document == NULL)
    return;
  /* While a round hides the ratings, the spread tells them to no one: not to a screen
   * reader either, which reads a hidden widget's description as readily as a shown one's. */
  hidden = livc_document_get_ratings_hidden (self->document);
  summary = hidden ? NULL : livc_spread_dup_summary (self->document, self->item);
  /* A new tooltip and description cost far more than comparing them, and the scores
   * change with every rating of every item. */
  if (!self->summary_set || hidden != self->hidden || g_strcmp0 (summary, self->summary) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      hidden ? _("Ratings hidden until the reveal")
                                      : summary != NULL ? summary : _("No ratings yet"), -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      self->summary_set = TRUE;
      self->hidden = hidden;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
livc_spread_view_dispose (GObject *object)
{
  LivcSpreadView *self = LIVC_SPREAD_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_pointer (&self->summary, g_free);
  G_OBJECT_CLASS (livc_spread_view_parent_class)->dispose (object);
}

static void
livc_spread_view_class_init (LivcSpreadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_spread_view_dispose;
  widget_class->snapshot = livc_spread_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "spread");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
livc_spread_view_init (LivcSpreadView *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 150, 48);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
livc_spread_view_new (LivcDocument *document,
                      LivcItem     *item)
{
  LivcSpreadView *self;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (LIVC_IS_ITEM (item), NULL);

  self = g_object_new (LIVC_TYPE_SPREAD_VIEW, NULL);
  self->document = g_object_ref (document);
  self->item = g_object_ref (item);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Spread of the members’ ratings"), -1);
  g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (update), self);
  g_signal_connect_swapped (document, "notify::ratings-hidden", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

char *
livc_spread_view_dup_summary (LivcSpreadView *self)
{
  g_return_val_if_fail (LIVC_IS_SPREAD_VIEW (self), NULL);
  return livc_spread_dup_summary (self->document, self->item);
}
