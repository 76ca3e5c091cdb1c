/* livc-window.c: the main window's views and files. The welcome page offers a new
 * assessment, a file or a recent one; the editor shows the domains in a sidebar with progress
 * and live score, the items of the selected domain (or the results page) and the live radar;
 * presentation mode shows one item at a time, full screen. Opening files and the recent files
 * are here too; saving, exporting and the other win.* actions are in livc-window-actions.c,
 * the team's meeting in livc-window-team.c, the recovery offer in livc-window-recovery.c.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-date-button.h"
#include "livc-file-dialogs.h"
#include "livc-item-row.h"
#include "livc-problems-dialog.h"
#include "livc-reflow-bin.h"
#include "livc-settings.h"
#include "livc-window-private.h"

#define MAX_RECENT 8

/* Below these window widths the radar, then the domains' sidebar, fold over the content
 * instead of taking width from it: the sidebar (260 px), the radar (300 px) and an items
 * page whose level buttons keep their words whole (about 640 px) need 1,200 px side by
 * side; a 1024 px projector keeps the sidebar beside the items, an 800 px screen neither. */
#define RADAR_BESIDE_MIN_WIDTH   1200
#define SIDEBAR_BESIDE_MIN_WIDTH 900
/* The round's grid, five members' columns beside the items, takes the sidebar's width too
 * below this. */
#define SIDEBAR_BESIDE_ROUND_MIN_WIDTH 1200

G_DEFINE_FINAL_TYPE (LivcWindow, livc_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_ROUND_MODE, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct
{
  GtkWidget *row;
  GtkLabel  *progress;
} DomainRow;

const char *
livc_window_get_lang (LivcWindow *self)
{
  g_return_val_if_fail (LIVC_IS_WINDOW (self), NULL);
  return self->lang;
}

LivcDocument *
livc_window_get_document (LivcWindow *self)
{
  g_return_val_if_fail (LIVC_IS_WINDOW (self), NULL);
  return self->document;
}

gboolean
livc_window_is_empty (LivcWindow *self)
{
  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  return self->document == NULL;
}

void
_livc_window_toast (LivcWindow *self,
                   const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
update_title (LivcWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  const char *path;

  if (self->document == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("LIVC Scan"));
      return;
    }
  name = livc_document_dup_display_name (self->document);
  path = livc_document_get_path (self->document);
  if (path != NULL)
    {
      g_autofree char *file_name = g_filename_display_basename (path);
      g_autofree char *base = livc_text_isolate (file_name);

      subtitle = livc_document_get_modified (self->document)
                 ? g_strdup_printf (_("%s — unsaved changes"), base) : g_strdup (base);
    }
  else
    subtitle = g_strdup (livc_document_get_modified (self->document)
                         ? _("Not saved yet — unsaved changes") : _("Not saved yet"));
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  {
    const char *mark = livc_document_get_modified (self->document) ? "• " : "";
    g_autofree char *title = g_strdup_printf ("%s%s — %s", mark, name, _("LIVC Scan"));
    gtk_window_set_title (GTK_WINDOW (self), title);
  }
}

/* How many members have rated every item of domain: all the shared screen may say of a
 * round hidden until the reveal. */
static guint
n_members_done (LivcAssessment *a,
                LivcDomain     *domain)
{
  GListModel *members = livc_assessment_get_participants (a);
  GListModel *items = livc_domain_get_items (domain);
  guint done = 0;

  for (guint p = 0; p < g_list_model_get_n_items (members); p++)
    {
      g_autoptr(LivcParticipant) who = g_list_model_get_item (members, p);
      gboolean all = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (items) && all; i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          LivcAnswer *answer = livc_assessment_find_answer (a, livc_item_get_id (item));

          all = answer != NULL && livc_answer_get_rating_for (answer, livc_participant_get_id (who))
                                  != LIVC_VALUE_NONE;
        }
      done += all;
    }
  return done;
}

/* A domain's line in the sidebar: its progress and score, or while the ratings are hidden
 * only who has rated it: a score, even a count of answers, would tell a member's ratings. */
static char *
dup_domain_progress (LivcWindow            *self,
                     const LivcDomainScore *ds)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *score = NULL;

  if (livc_document_get_ratings_hidden (self->document))
    {
      guint n = g_list_model_get_n_items (livc_assessment_get_participants (a));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u member has rated this domain",
                                           "%u of %u members have rated this domain", n),
                              n_members_done (a, ds->domain), n);
    }
  score = livc_gui_format_score (ds->score);
  return g_strdup_printf (_("%u of %u answered · %s"), ds->answered, ds->items, score);
}

/* The live score's panel: the score, the stage and the radar, none of them while the
 * ratings are hidden. */
static void
update_score_panel (LivcWindow *self)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  const LivcDomainScore *overall;
  g_autofree char *overall_text = NULL;
  g_autofree char *stage_text = NULL;
  gboolean hidden = livc_document_get_ratings_hidden (self->document);

  gtk_widget_set_visible (GTK_WIDGET (self->overall_label), !hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->radar_view), !hidden);
  if (hidden)
    {
      gtk_label_set_text (self->stage_label, _("Scores are hidden until the reveal"));
      return;
    }
  overall = livc_score_set_get_overall (livc_document_get_scores (self->document));
  overall_text = livc_gui_format_score (overall->score);
  gtk_label_set_text (self->overall_label, overall_text);
  stage_text = livc_gui_dup_completeness (q, overall, self->lang);
  gtk_label_set_text (self->stage_label, stage_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->radar_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, stage_text, -1);
}

static void
update_scores (LivcWindow *self)
{
  LivcScoreSet *scores;
  LivcQuestionnaire *q;
  GtkWidget *child;

  if (self->document == NULL)
    return;
  scores = livc_document_get_scores (self->document);
  q = livc_document_get_questionnaire (self->document);
  /* While the members' ratings are hidden, a score computed from them would tell them:
   * dup_domain_progress and update_score_panel show none. */
  for (guint d = 0; d < livc_score_set_get_n_domains (scores) && d < self->domain_rows->len; d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, d);
      DomainRow *dr = g_ptr_array_index (self->domain_rows, d);
      g_autofree char *text = dup_domain_progress (self, ds);
      const char *title = livc_questionnaire_lookup (q, livc_domain_get_title (ds->domain),
                                                     self->lang);
      g_autofree char *accessible = g_strdup_printf ("%s: %s", title, text);

      gtk_label_set_text (dr->progress, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dr->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      /* A conditional domain is shown only while its gating answer opens it. */
      gtk_widget_set_visible (GTK_WIDGET (dr->row), ds->state == LIVC_DOMAIN_ASKED);
    }
  if (self->domain_rows->len >= 2)
    {
      DomainRow *agenda = g_ptr_array_index (self->domain_rows, self->domain_rows->len - 2);
      g_autofree char *progress = livc_agenda_dup_progress (self->document);

      gtk_label_set_text (agenda->progress, progress);
    }
  update_score_panel (self);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LIVC_IS_ITEM_ROW (child))
      livc_item_row_refresh (LIVC_ITEM_ROW (child));
}

/* A domain page shows its first items at once and the others right after that frame is
 * drawn: the rows below the fold are most of the page's widgets, and a user switching
 * domains (or starting the app) sees the page a frame sooner. */
#define FIRST_ROWS 3

static void on_first_rows_painted (GdkFrameClock *clock,
                                   LivcWindow    *self);

static void
stop_pending_items (LivcWindow *self)
{
  if (self->pending_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->pending_clock, on_first_rows_painted, self);
  g_clear_object (&self->pending_clock);
  g_clear_object (&self->pending_items);
}

/* The rows of items from first up to (not including) end. */
static void
append_rows (LivcWindow *self,
             GListModel *items,
             guint       first,
             guint       end)
{
  for (guint i = first; i < end; i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
      gtk_list_box_append (self->item_list, livc_item_row_new (self->document, item, self->lang));
    }
}

/* The rows still to come, now. */
static void
complete_rows (LivcWindow *self)
{
  g_autoptr(GListModel) items = NULL;

  if (self->pending_items == NULL)
    return;
  items = g_object_ref (self->pending_items);
  stop_pending_items (self);
  append_rows (self, items, FIRST_ROWS, g_list_model_get_n_items (items));
}

static void
on_first_rows_painted (GdkFrameClock *clock,
                       LivcWindow    *self)
{
  complete_rows (self);
}

/* Keys that come before the first frame (typed at once after Ctrl+Page Down, or held by a
 * busy machine) must find the whole page: Down from the last row built so far would find
 * no next row, and the digits after it would rate the wrong item. Seen in capture, before
 * the rows and the list's own key bindings. */
static gboolean
on_item_list_key (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  LivcWindow            *self)
{
  complete_rows (self);
  return GDK_EVENT_PROPAGATE;
}

static void
watch_first_rows (LivcWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->item_list));

  if (clock == NULL || self->pending_clock != NULL)
    return;
  self->pending_clock = g_object_ref (clock);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_first_rows_painted), self);
}

static void
on_item_list_realized (LivcWindow *self)
{
  if (self->pending_items != NULL)
    watch_first_rows (self);
}

static void
show_items (LivcWindow *self,
            guint       index)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  g_autoptr(LivcDomain) domain = g_list_model_get_item (livc_questionnaire_get_domains (q), index);
  GListModel *items = livc_domain_get_items (domain);
  const char *description = livc_questionnaire_lookup (q, livc_domain_get_description (domain),
                                                       self->lang);
  const char *domain_title = livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                        self->lang);
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1, domain_title);
  GtkWidget *child;

  if (self->round_mode)
    {
      livc_round_view_set_domain (self->round_view, self->document, index, self->lang);
      gtk_stack_set_visible_child_name (self->content_stack, "round");
      return;
    }
  stop_pending_items (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list))) != NULL)
    gtk_list_box_remove (self->item_list, child);
  gtk_label_set_text (self->domain_title, title);
  gtk_label_set_text (self->domain_description, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->domain_description),
                          description != NULL && *description != '\0');
  append_rows (self, items, 0, MIN (g_list_model_get_n_items (items), FIRST_ROWS));
  if (g_list_model_get_n_items (items) > FIRST_ROWS)
    {
      self->pending_items = g_object_ref (items);
      /* Unrealized (a window not shown yet): the clock is watched once it exists. */
      if (gtk_widget_get_realized (GTK_WIDGET (self->item_list)))
        watch_first_rows (self);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->items_scrolled), 0);
  gtk_stack_set_visible_child_name (self->content_stack, "items");
}

/* index LIVC_WINDOW_AGENDA shows the discussion agenda; -1 (or past the domains) the
 * results page. */
void
livc_window_select_domain (LivcWindow *self,
                           int         index)
{
  LivcQuestionnaire *q;
  guint n, row_index;
  DomainRow *dr;

  g_return_if_fail (LIVC_IS_WINDOW (self));

  if (self->document == NULL)
    return;
  q = livc_document_get_questionnaire (self->document);
  n = g_list_model_get_n_items (livc_questionnaire_get_domains (q));
  if (index != LIVC_WINDOW_AGENDA && (index < 0 || (guint) index >= n))
    index = LIVC_WINDOW_RESULTS;
  self->current_domain = index;
  if (index == LIVC_WINDOW_RESULTS)
    gtk_stack_set_visible_child_name (self->content_stack, "results");
  else if (index == LIVC_WINDOW_AGENDA)
    {
      livc_agenda_view_rebuild (self->agenda_view);
      gtk_stack_set_visible_child_name (self->content_stack, "agenda");
    }
  else
    show_items (self, (guint) index);

  row_index = index == LIVC_WINDOW_RESULTS ? n + 1
              : index == LIVC_WINDOW_AGENDA ? n
              : (guint) index;
  dr = row_index < self->domain_rows->len ? g_ptr_array_index (self->domain_rows, row_index) : NULL;
  if (dr != NULL && gtk_list_box_get_selected_row (self->domain_list) != GTK_LIST_BOX_ROW (dr->row))
    gtk_list_box_select_row (self->domain_list, GTK_LIST_BOX_ROW (dr->row));
}

static void
on_domain_row_selected (GtkListBox    *box,
                        GtkListBoxRow *row,
                        LivcWindow    *self)
{
  int index;

  if (row == NULL || self->document == NULL)
    return;
  /* Over the content on a narrow window, the sidebar gives way to what was picked. */
  if (adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, FALSE);
  index = gtk_list_box_row_get_index (row);
  if ((guint) index + 1 == self->domain_rows->len)
    index = LIVC_WINDOW_RESULTS;
  else if ((guint) index + 2 == self->domain_rows->len)
    index = LIVC_WINDOW_AGENDA;
  if (index != self->current_domain ||
      (index >= 0 && gtk_widget_get_first_child (GTK_WIDGET (self->item_list)) == NULL))
    livc_window_select_domain (self, index);
}

void
_livc_window_show_agenda (LivcWindow *self)
{
  g_return_if_fail (LIVC_IS_WINDOW (self));
  livc_window_select_domain (self, LIVC_WINDOW_AGENDA);
}

/* Round mode: the domain pages show the members' grid instead of the team's answers. */
static void
set_round_mode (LivcWindow *self,
                            gboolean    round_mode)
{
  g_return_if_fail (LIVC_IS_WINDOW (self));

  round_mode = !!round_mode;
  if (self->round_mode == round_mode)
    return;
  self->round_mode = round_mode;
  /* The members' grid needs the width; the radar comes back (unless F9 hid it) after. */
  if (round_mode)
    self->radar_before_round = adw_flap_get_reveal_flap (self->radar_flap);
  adw_flap_set_reveal_flap (self->radar_flap, !round_mode && self->radar_before_round &&
                                              !adw_flap_get_folded (self->radar_flap));
  /* The sidebar's breakpoint depends on the mode (livc_window_size_allocate). */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (self->document != NULL && self->current_domain >= 0)
    show_items (self, (guint) self->current_domain);
  else if (self->document != NULL && round_mode)
    livc_window_select_domain (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_MODE]);
}

static DomainRow *
add_sidebar_row (LivcWindow *self,
                 const char *title,
                 const char *icon)
{
  DomainRow *dr = g_new0 (DomainRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  if (icon != NULL)
    {
      GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

      gtk_box_append (GTK_BOX (hbox), gtk_image_new_from_icon_name (icon));
      gtk_box_append (GTK_BOX (hbox), livc_reflow_bin_new (label));
      gtk_box_append (GTK_BOX (box), hbox);
    }
  else
    gtk_box_append (GTK_BOX (box), label);
  dr->progress = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (dr->progress, 0);
  /* "Ratings hidden until the reveal" is longer than the sidebar is wide. */
  gtk_label_set_wrap (dr->progress, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (dr->progress), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (dr->progress), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dr->progress));
  dr->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (dr->row), box);
  gtk_list_box_append (self->domain_list, dr->row);
  g_ptr_array_add (self->domain_rows, dr);
  return dr;
}

static void
build_sidebar (LivcWindow *self)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  GListModel *domains = livc_questionnaire_get_domains (q);
  GtkWidget *child;
  DomainRow *results;

  g_ptr_array_set_size (self->domain_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->domain_list))) != NULL)
    gtk_list_box_remove (self->domain_list, child);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      const char *domain_title = livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                            self->lang);
      g_autofree char *title = g_strdup_printf ("%u. %s", d + 1, domain_title);

      add_sidebar_row (self, title, NULL);
    }
  add_sidebar_row (self, _("Discussion Agenda"), "system-users-symbolic");
  results = add_sidebar_row (self, _("Results and Action Plan"), "view-list-bullet-symbolic");
  gtk_label_set_text (results->progress, _("Scores, alerts, recommendations"));
}

static void
on_document_notify (LivcWindow *self)
{
  update_title (self);
  _livc_window_update_actions (self);
}

/* Another window, instance or program wrote the file: said at once, with what can be done
 * about it, and again by the save, which refuses to replace their answers silently. */
static void
update_disk_bar (LivcWindow *self)
{
  gboolean changed = self->document != NULL && livc_document_get_disk_changed (self->document);

  if (changed)
    {
      g_autofree char *base =
        g_filename_display_basename (livc_document_get_path (self->document));
      g_autofree char *name = livc_text_isolate (base);
      g_autofree char *text =
        g_strdup_printf (_("“%s” was changed by another program or window. Reload it to see "
                           "those changes, save yours under another name, or overwrite them."),
                         name);

      gtk_label_set_text (self->disk_label, text);
    }
  /* Hidden, not only folded away: a bar's buttons must not widen the window. */
  gtk_widget_set_visible (GTK_WIDGET (self->disk_bar), changed);
  gtk_info_bar_set_revealed (self->disk_bar, changed);
}

/* Autosave could not write to the recovery folder: the user sees why and where the
 * changes went instead, until autosave works again or the work is saved. */
static void
update_autosave_bar (LivcWindow *self)
{
  const char *problem = self->document != NULL
                        ? livc_document_get_autosave_problem (self->document) : NULL;

  if (problem != NULL)
    gtk_label_set_text (self->autosave_label, problem);
  gtk_widget_set_visible (GTK_WIDGET (self->autosave_bar), problem != NULL);
  gtk_info_bar_set_revealed (self->autosave_bar, problem != NULL);
}

static void
on_autosave_bar_response (GtkInfoBar *bar,
                          int         response,
                          LivcWindow *self)
{
  if (response == GTK_RESPONSE_CLOSE)
    {
      gtk_info_bar_set_revealed (bar, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
    }
}

void
livc_window_set_document (LivcWindow   *self,
                          LivcDocument *document,
                          const char   *lang)
{
  g_return_if_fail (LIVC_IS_WINDOW (self));
  g_return_if_fail (document == NULL || LIVC_IS_DOCUMENT (document));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (livc_document_get_history (self->document), self);
    }
  if (self->document != document)
    _livc_window_live_stop (self);
  g_set_object (&self->document, document);
  if (lang != NULL)
    {
      g_free (self->lang);
      self->lang = g_strdup (lang);
    }
  livc_radar_view_set_document (self->radar_view, document);
  livc_radar_view_set_lang (self->radar_view, self->lang);
  livc_results_view_set_document (self->results_view, document, self->lang);
  livc_presentation_view_set_document (self->presentation_view, document, self->lang);
  livc_agenda_view_set_document (self->agenda_view, document, self->lang);
  if (document == NULL)
    {
      update_disk_bar (self);
      update_autosave_bar (self);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      update_title (self);
      _livc_window_update_actions (self);
      return;
    }
  if (self->settings != NULL)
    livc_document_set_autosave (document, g_settings_get_boolean (self->settings, "autosave"));
  g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (update_scores), self);
  /* The reveal shows the scores at once, not at the next answer. */
  g_signal_connect_swapped (document, "notify::ratings-hidden", G_CALLBACK (update_scores), self);
  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (on_document_notify), self);
  g_signal_connect_swapped (document, "notify::path", G_CALLBACK (on_document_notify), self);
  g_signal_connect_swapped (document, "notify::disk-changed", G_CALLBACK (update_disk_bar),
                            self);
  g_signal_connect_swapped (document, "notify::autosave-problem",
                            G_CALLBACK (update_autosave_bar), self);
  g_signal_connect_swapped (livc_document_get_history (document), "notify::can-undo",
                            G_CALLBACK (_livc_window_update_actions), self);
  g_signal_connect_swapped (livc_document_get_history (document), "notify::can-redo",
                            G_CALLBACK (_livc_window_update_actions), self);
  update_disk_bar (self);
  update_autosave_bar (self);
  build_sidebar (self);
  self->current_domain = -2;
  livc_window_select_domain (self, 0);
  update_scores (self);
  update_title (self);
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  _livc_window_update_actions (self);
  {
    GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->item_list));
    if (first != NULL)
      gtk_widget_grab_focus (first);
  }
}

/* The questionnaire's language changed: everything that shows its texts is built again. */
void
_livc_window_set_questionnaire_lang (LivcWindow *self,
                                    const char *lang)
{
  int current;

  g_free (self->lang);
  self->lang = g_strdup (lang);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "questionnaire-language", lang);
  if (self->document == NULL)
    return;
  current = self->current_domain;
  livc_radar_view_set_lang (self->radar_view, lang);
  livc_results_view_set_document (self->results_view, self->document, lang);
  livc_presentation_view_set_document (self->presentation_view, self->document, lang);
  livc_agenda_view_set_document (self->agenda_view, self->document, lang);
  build_sidebar (self);
  self->current_domain = -2;
  livc_window_select_domain (self, current);
  update_scores (self);
}

/* Files */

/* One assessment per window: this one while it is empty, else a new one. */
LivcWindow *
_livc_window_for_new_document (LivcWindow *self)
{
  LivcWindow *window;

  if (self->document == NULL)
    return self;
  window = livc_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Recent assessments */

static char **
recent_files (LivcWindow *self)
{
  if (self->settings == NULL)
    return g_new0 (char *, 1);
  return g_settings_get_strv (self->settings, "recent-files");
}

/* path opened or saved: first in the recent files, and its folder the one to open next. */
void
_livc_window_add_recent (LivcWindow *self,
                         const char *path)
{
  g_auto(GStrv) old = recent_files (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n = 1;

  if (self->settings == NULL)
    return;
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  list = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) list);
  livc_last_folder_remember (self->settings, file);
}

static void
on_recent_activated (GtkListBox    *box,
                     GtkListBoxRow *row,
                     LivcWindow    *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  livc_window_open_file (self, file);
}

/* "Livedorp, 22 November 2026": which assessment a recent file holds, as people know it;
 * NULL when it cannot be read or names no municipality. */
static char *
recent_title (const char *path)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, diag, NULL);
  g_autofree char *names = NULL;
  g_autofree char *date = NULL;

  if (a == NULL)
    return NULL;
  names = livc_assessment_dup_isolated_names (a, ", ");
  if (names == NULL || *names == '\0')
    return NULL;
  date = livc_date_format_day (livc_assessment_get_date (a));
  if (date == NULL)
    return g_steal_pointer (&names);
  /* TRANSLATORS: a recent assessment: its municipalities, then its date. */
  return g_strdup_printf (_("%s, %s"), names, date);
}

static void
refresh_recent (LivcWindow *self)
{
  g_auto(GStrv) list = recent_files (self);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *base = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (!g_file_test (list[i], G_FILE_TEST_IS_REGULAR))
        continue;
      base = g_path_get_basename (list[i]);
      dir = g_path_get_dirname (list[i]);
      title = recent_title (list[i]);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : base);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title != NULL ? base : dir);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (list[i]), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  gtk_widget_set_visible (self->recent_group, shown > 0);
}

/* Opening */

/* file as a document, or NULL once its problems (in diag, or why it cannot be read) show
 * under heading. */
LivcDocument *
_livc_window_load_file (LivcWindow      *self,
                        GFile           *file,
                        const char      *heading,
                        LivcDiagnostics *diag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  LivcDocument *document;

  if (path == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be opened"), display);
      livc_show_problems (GTK_WINDOW (self), heading, NULL, error);
      return NULL;
    }
  document = livc_document_load (path, path, NULL, diag, &error);
  if (document == NULL)
    livc_show_problems (GTK_WINDOW (self), heading, diag, error);
  return document;
}

gboolean
livc_window_open_file (LivcWindow *self,
                       GFile      *file)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcDocument) document = NULL;
  LivcWindow *target;

  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = _livc_window_load_file (self, file, _("Cannot Open the Assessment"), diag);
  if (document == NULL)
    return FALSE;
  livc_document_watch_file (document);
  target = _livc_window_for_new_document (self);
  livc_window_set_document (target, document, NULL);
  _livc_window_add_recent (self, livc_document_get_path (document));
  if (livc_diagnostics_count (diag, LIVC_SEVERITY_WARNING) > 0)
    livc_show_problems (GTK_WINDOW (target), _("Opened with Warnings"), diag, NULL);
  return TRUE;
}

/* The document's file again, as it is on disk now: what another window, instance or
 * program wrote there shows, and the changes made here since the last save are dropped
 * (the user chose so). */
void
_livc_window_reload (LivcWindow *self)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  int current;

  if (self->document == NULL || livc_document_get_path (self->document) == NULL)
    return;
  path = livc_document_get_path (self->document);
  document = livc_document_load (path, path, livc_document_get_questionnaire_path (self->document),
                                 diag, &error);
  if (document == NULL)
    {
      livc_show_problems (GTK_WINDOW (self), _("Cannot Reload the Assessment"), diag, error);
      return;
    }
  livc_document_watch_file (document);
  livc_document_discard_recovery (self->document);
  current = self->current_domain;
  livc_window_set_document (self, document, NULL);
  if (current != self->current_domain)
    livc_window_select_domain (self, current);
  _livc_window_toast (self, _("Reloaded"));
}

/* A question whose answers are first_id (also Escape), "discard" (destructive) and last_id
 * (suggested, also Enter): the questions that could lose work all look alike. */
AdwMessageDialog *
_livc_window_new_question (LivcWindow *self,
                           const char *heading,
                           const char *first_id,
                           const char *first_label,
                           const char *last_id,
                           const char *last_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                                         NULL));

  adw_message_dialog_add_responses (dialog, first_id, first_label, "discard", _("_Discard"),
                                    last_id, last_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, last_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, last_id);
  adw_message_dialog_set_close_response (dialog, first_id);
  return dialog;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LivcWindow    *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    livc_window_open_file (self, l->data);
  return files != NULL;
}

static gboolean
livc_window_close_request (GtkWindow *window)
{
  LivcWindow *self = LIVC_WINDOW (window);

  if (self->document != NULL && livc_document_get_modified (self->document) &&
      !self->close_confirmed)
    {
      _livc_window_confirm_close (self);
      return TRUE;
    }
  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window) && !gtk_window_is_fullscreen (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  /* The window goes: so does the live round's server, with every connection. */
  _livc_window_live_stop (self);
  /* Saved, or discarded on purpose: the recovery copy has done its job. */
  if (self->document != NULL)
    livc_document_discard_recovery (self->document);
  return GTK_WINDOW_CLASS (livc_window_parent_class)->close_request (window);
}

/* The breakpoints: "always" below them, "auto" (folded only when the content would not
 * fit) above. Set before the children are allocated, so that they are laid out once; so is
 * the button that shows the folded sidebar, which is in the header bar allocated before
 * the flap decides. A flap folding on its own asks for another allocation (below). */
static void
livc_window_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  AdwFlapFoldPolicy radar = width < RADAR_BESIDE_MIN_WIDTH ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                           : ADW_FLAP_FOLD_POLICY_AUTO;
  int sidebar_min = self->round_mode ? SIDEBAR_BESIDE_ROUND_MIN_WIDTH : SIDEBAR_BESIDE_MIN_WIDTH;
  AdwFlapFoldPolicy sidebar = width < sidebar_min ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                  : ADW_FLAP_FOLD_POLICY_AUTO;

  if (adw_flap_get_fold_policy (self->radar_flap) != radar)
    adw_flap_set_fold_policy (self->radar_flap, radar);
  if (adw_flap_get_fold_policy (self->sidebar_flap) != sidebar)
    adw_flap_set_fold_policy (self->sidebar_flap, sidebar);
  gtk_widget_set_visible (self->sidebar_button, sidebar == ADW_FLAP_FOLD_POLICY_ALWAYS ||
                                                adw_flap_get_folded (self->sidebar_flap));
  GTK_WIDGET_CLASS (livc_window_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
on_sidebar_folded (LivcWindow *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
livc_window_dispose (GObject *object)
{
  LivcWindow *self = LIVC_WINDOW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (livc_document_get_history (self->document), self);
    }
  stop_pending_items (self);
  _livc_window_live_dispose (self);
  g_clear_object (&self->document);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_WINDOW);
  G_OBJECT_CLASS (livc_window_parent_class)->dispose (object);
}

static void
livc_window_finalize (GObject *object)
{
  LivcWindow *self = LIVC_WINDOW (object);

  g_free (self->lang);
  g_ptr_array_unref (self->domain_rows);
  G_OBJECT_CLASS (livc_window_parent_class)->finalize (object);
}

static void
livc_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ROUND_MODE:
      g_value_set_boolean (value, LIVC_WINDOW (object)->round_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ROUND_MODE:
      set_round_mode (LIVC_WINDOW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_window_class_init (LivcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_window_dispose;
  object_class->finalize = livc_window_finalize;
  object_class->get_property = livc_window_get_property;
  object_class->set_property = livc_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = livc_window_close_request;
  widget_class->size_allocate = livc_window_size_allocate;

  properties[PROP_ROUND_MODE] =
    g_param_spec_boolean ("round-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  g_type_ensure (LIVC_TYPE_RADAR_VIEW);
  g_type_ensure (LIVC_TYPE_RESULTS_VIEW);
  g_type_ensure (LIVC_TYPE_PRESENTATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, autosave_bar);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, autosave_label);
  gtk_widget_class_bind_template_callback (widget_class, on_autosave_bar_response);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, domain_list);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, radar_flap);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, items_scrolled);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, domain_title);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, domain_description);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, item_list);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, radar_separator);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, radar_panel);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, overall_label);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, stage_label);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, radar_view);
  gtk_widget_class_bind_template_child (widget_class, LivcWindow, presentation_view);
  _livc_window_class_actions_init (klass);
  _livc_window_class_team_init (klass);
  _livc_window_class_live_init (klass);
}

static void
livc_window_init (LivcWindow *self)
{
  GtkDropTarget *drop;
  GtkEventController *shortcuts, *keys;
  g_autofree char *lang = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->round_view = LIVC_ROUND_VIEW (livc_round_view_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->round_view), "round");
  self->agenda_view = LIVC_AGENDA_VIEW (livc_agenda_view_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->agenda_view), "agenda");
  _livc_window_live_init (self);
  self->domain_rows = g_ptr_array_new_with_free_func (g_free);
  self->current_domain = -2;
  self->radar_before_round = TRUE;
  self->settings = livc_settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      lang = g_settings_get_string (self->settings, "questionnaire-language");
    }
  self->lang = g_strdup (lang != NULL && *lang != '\0' ? lang : livc_default_lang ());
  g_signal_connect (self->domain_list, "row-selected", G_CALLBACK (on_domain_row_selected), self);
  g_signal_connect_swapped (self->sidebar_flap, "notify::folded", G_CALLBACK (on_sidebar_folded),
                            self);
  g_signal_connect_swapped (self->item_list, "realize", G_CALLBACK (on_item_list_realized), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_item_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->item_list), keys);
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (on_recent_activated), self);

  /* Ctrl+Page Up/Down move between domains even where a scrolled window would take them. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, GDK_CONTROL_MASK),
                      gtk_named_action_new ("win.next-domain")));
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, GDK_CONTROL_MASK),
                      gtk_named_action_new ("win.previous-domain")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  refresh_recent (self);
  _livc_window_update_actions (self);
  gtk_widget_grab_focus (self->new_button);
}

LivcWindow *
livc_window_new (GtkApplication *app)
{
  return g_object_new (LIVC_TYPE_WINDOW, "application", app, NULL);
}
