/* livc-presentation-view.c: the projector view. One item fills the screen: its domain,
 * its number, the statement in large type, the guidance and the levels as big buttons.
 * Digits rate it as in the list; arrows, Page Up/Down and Space move between items.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-item-row.h"
#include "livc-presentation-view.h"
#include "livc-score-text.h"

struct _LivcPresentationView
{
  GtkWidget     parent_instance;
  GtkWidget    *box;
  GtkLabel     *domain_label;
  GtkLabel     *counter_label;
  GtkLabel     *statement_label;
  GtkLabel     *guidance_label;
  GtkFlowBox   *levels_box;
  GtkLabel     *status_label;
  GtkLabel     *score_label;
  LivcDocument *document;
  char         *lang;
  guint         position;
  LivcItem     *built_for;  /* the item the level buttons belong to, unowned */
  gboolean      stale;      /* hidden while the scores changed: refreshed when shown */
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (LivcPresentationView, livc_presentation_view, GTK_TYPE_WIDGET)

static LivcItem *
current_item (LivcPresentationView *self)
{
  return livc_questionnaire_get_item (livc_document_get_questionnaire (self->document),
                                      self->position);
}

static void
on_level_toggled (GtkToggleButton      *button,
                  LivcPresentationView *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  livc_document_rate (self->document, livc_item_get_id (current_item (self)),
                      GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value")));
}

static void
add_level (LivcPresentationView *self,
           GtkWidget           **group,
           const char           *top,
           const char           *bottom,
           int                   value,
           int                   current)
{
  g_autofree char *accessible = g_strdup_printf ("%s: %s", top, bottom);
  GtkWidget *button = livc_rating_button_new (top, bottom, accessible, "presentation-level",
                                              "presentation-level-value", NULL, 9);

  gtk_widget_set_focus_on_click (button, FALSE);
  if (*group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (*group));
  else
    *group = button;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), value == current);
  g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (value));
  g_signal_connect (button, "toggled", G_CALLBACK (on_level_toggled), self);
  gtk_flow_box_append (self->levels_box, button);
  /* The button takes the focus, not the place the flow box puts it in. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
refresh (LivcPresentationView *self)
{
  LivcQuestionnaire *q;
  LivcItem *item;
  LivcDomain *domain;
  LivcScale *scale;
  LivcAnswer *answer;
  const char *guidance;
  const LivcDomainScore *overall;
  GtkWidget *child, *group = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *number = NULL;
  g_autofree char *status = NULL;
  g_autofree char *score = NULL;
  g_autofree char *score_line = NULL;
  int value;

  self->stale = FALSE;
  if (self->document == NULL)
    return;
  q = livc_document_get_questionnaire (self->document);
  item = current_item (self);
  scale = livc_item_get_scale (item);
  answer = livc_assessment_find_answer (livc_document_get_assessment (self->document),
                                        livc_item_get_id (item));
  value = answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;

  domain = livc_item_get_domain (item);
  gtk_label_set_text (self->domain_label,
                      livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang));
  number = livc_item_dup_number (item);
  /* TRANSLATORS: "Item 2.1 · 8 of 54": the item's number in its domain, then its place
   * in the whole questionnaire */
  counter = g_strdup_printf (_("Item %s · %u of %u"), number, self->position + 1,
                             livc_questionnaire_get_n_items (q));
  gtk_label_set_text (self->counter_label, counter);
  gtk_label_set_text (self->statement_label,
                      livc_questionnaire_lookup (q, livc_item_get_text (item), self->lang));
  guidance = livc_questionnaire_lookup (q, livc_item_get_guidance (item), self->lang);
  gtk_label_set_text (self->guidance_label, guidance != NULL ? guidance : "");
  gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), guidance != NULL && *guidance != '\0');

  self->updating = TRUE;
  if (self->built_for != item)
    {
      /* New buttons only for another item: a button is never removed while it is clicked. */
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->levels_box))) != NULL)
        gtk_flow_box_remove (self->levels_box, child);
      for (guint i = 0; i < livc_scale_get_n_levels (scale); i++)
        {
          const LivcLevel *level = livc_scale_get_level (scale, i);
          g_autofree char *top = g_strdup_printf ("%d", level->value);

          add_level (self, &group, top, livc_questionnaire_lookup (q, level->label, self->lang),
                     level->value, value);
        }
      add_level (self, &group, "0", _("Not applicable"), LIVC_VALUE_NA, value);
      add_level (self, &group, "?", _("Don’t know"), LIVC_VALUE_UNKNOWN, value);
      self->built_for = item;
    }
  else
    for (child = gtk_widget_get_first_child (GTK_WIDGET (self->levels_box)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
        int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value"));

        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), level == value);
      }
  self->updating = FALSE;

  status = livc_level_label (q, item, value, self->lang);
  gtk_label_set_text (self->status_label, status);
  /* The score would tell the members' ratings while they are hidden. */
  if (livc_document_get_ratings_hidden (self->document))
    score_line = g_strdup (_("Scores are hidden until the reveal"));
  else
    {
      g_autofree char *completeness = NULL;

      overall = livc_score_set_get_overall (livc_document_get_scores (self->document));
      score = livc_gui_format_score (overall->score);
      completeness = livc_gui_dup_completeness (q, overall, self->lang);
      /* TRANSLATORS: "Overall score: 43 % · 2 of 54 answered · …" */
      score_line = g_strdup_printf (_("Overall score: %s · %s"), score, completeness);
    }
  gtk_label_set_text (self->score_label, score_line);
}

/* The view is hidden until presentation mode starts, which sets the position first: while
 * hidden, it is brought up to date only when it shows (its level buttons are not built at
 * start-up). */
static void
on_scores_changed (LivcPresentationView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
livc_presentation_view_map (GtkWidget *widget)
{
  LivcPresentationView *self = LIVC_PRESENTATION_VIEW (widget);

  GTK_WIDGET_CLASS (livc_presentation_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

void
livc_presentation_view_set_position (LivcPresentationView *self,
                                     guint                 index)
{
  guint n;

  g_return_if_fail (LIVC_IS_PRESENTATION_VIEW (self));

  if (self->document == NULL)
    return;
  n = livc_questionnaire_get_n_items (livc_document_get_questionnaire (self->document));
  self->position = MIN (index, n - 1);
  refresh (self);
}

guint
livc_presentation_view_get_position (LivcPresentationView *self)
{
  g_return_val_if_fail (LIVC_IS_PRESENTATION_VIEW (self), 0);
  return self->position;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LivcPresentationView  *self)
{
  int value;

  if (self->document == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Down:
      livc_presentation_view_set_position (self, self->position + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Page_Up:
    case GDK_KEY_Up:
      if (self->position > 0)
        livc_presentation_view_set_position (self, self->position - 1);
      return TRUE;
    case GDK_KEY_Home:
      livc_presentation_view_set_position (self, 0);
      return TRUE;
    default:
      break;
    }
  if (!livc_rating_for_key (current_item (self), keyval, &value))
    return FALSE;
  livc_document_rate (self->document, livc_item_get_id (current_item (self)), value);
  return TRUE;
}

static void
livc_presentation_view_dispose (GObject *object)
{
  LivcPresentationView *self = LIVC_PRESENTATION_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (livc_presentation_view_parent_class)->dispose (object);
}

static void
livc_presentation_view_finalize (GObject *object)
{
  g_free (LIVC_PRESENTATION_VIEW (object)->lang);
  G_OBJECT_CLASS (livc_presentation_view_parent_class)->finalize (object);
}

static void
livc_presentation_view_class_init (LivcPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_presentation_view_dispose;
  object_class->finalize = livc_presentation_view_finalize;
  widget_class->map = livc_presentation_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "presentation");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-presentation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, box);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, domain_label);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, counter_label);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, statement_label);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, levels_box);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, status_label);
  gtk_widget_class_bind_template_child (widget_class, LivcPresentationView, score_label);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
}

static void
livc_presentation_view_init (LivcPresentationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_presentation_view_new (void)
{
  return g_object_new (LIVC_TYPE_PRESENTATION_VIEW, NULL);
}

void
livc_presentation_view_set_document (LivcPresentationView *self,
                                     LivcDocument         *document,
                                     const char           *lang)
{
  g_return_if_fail (LIVC_IS_PRESENTATION_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
  g_set_object (&self->document, document);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  self->position = 0;
  self->built_for = NULL;
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores_changed), self);
      g_signal_connect_swapped (document, "notify::ratings-hidden",
                                G_CALLBACK (on_scores_changed), self);
      on_scores_changed (self);
    }
}
