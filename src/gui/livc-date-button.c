/* livc-date-button.c: a calendar in a popover beside a date field. The calendar opens on
 * the date in the field (today when there is none) and a day picked writes it into the
 * field in ISO form, which the fields read as they read a typed date (livc_date_parse).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-core.h"
#include "livc-date-button.h"

typedef struct
{
  GtkEditable *editable;   /* weak */
  GtkCalendar *calendar;
  GtkWidget   *button;
  gboolean     updating;
} DateButton;

static void
date_button_free (gpointer data)
{
  DateButton *db = data;

  g_clear_weak_pointer (&db->editable);
  g_free (db);
}

static GDateTime *
date_time_of (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static void
on_popover_show (GtkPopover *popover,
                 DateButton *db)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (db->editable != NULL)
    iso = livc_date_parse (gtk_editable_get_text (db->editable));
  date = date_time_of (iso);
  if (date == NULL)
    date = g_date_time_new_now_local ();
  db->updating = TRUE;
  gtk_calendar_select_day (db->calendar, date);
  db->updating = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (db->calendar));
}

static void
on_day_selected (GtkCalendar *calendar,
                 DateButton  *db)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = NULL;

  if (db->updating || db->editable == NULL)
    return;
  iso = g_date_time_format (date, "%Y-%m-%d");
  gtk_editable_set_text (db->editable, iso);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (db->button));
  gtk_widget_grab_focus (GTK_WIDGET (db->editable));
}

/* A flat calendar button for editable: its popover's calendar writes the day picked. */
GtkWidget *
livc_date_button_new (GtkEditable *editable,
                      const char  *tooltip)
{
  DateButton *db = g_new0 (DateButton, 1);
  GtkWidget *popover = gtk_popover_new ();

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  db->button = gtk_menu_button_new ();
  db->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_set_weak_pointer (&db->editable, editable);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (db->button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (db->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (db->button, "flat");
  gtk_widget_set_tooltip_text (db->button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (db->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (db->calendar));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (db->button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show), db);
  g_signal_connect (db->calendar, "day-selected", G_CALLBACK (on_day_selected), db);
  g_object_set_data_full (G_OBJECT (db->button), "livc-date-button", db, date_button_free);
  return db->button;
}

/* "Sunday 22 November 2026": how a date was understood, so that nobody mistakes the
 * day for the month. */
char *
livc_date_describe (const char *iso_date)
{
  g_autoptr(GDateTime) date = date_time_of (iso_date);

  /* TRANSLATORS: a date in full, strftime style (%A the weekday, %-d the day, %B the
   * month, %Y the year), e.g. "Sunday 22 November 2026". */
  return date != NULL ? g_date_time_format (date, _("%A %-d %B %Y")) : NULL;
}

/* "22 November 2026": a date in words, short enough for a title; NULL for no date. */
char *
livc_date_format_day (const char *iso_date)
{
  g_autoptr(GDateTime) date = date_time_of (iso_date);

  /* TRANSLATORS: a date, strftime style (%-d the day, %B the month, %Y the year), e.g.
   * "22 November 2026". */
  return date != NULL ? g_date_time_format (date, _("%-d %B %Y")) : NULL;
}

/* What a date field says under itself: the date understood, or why it is not one. */
char *
livc_date_explain (const char *typed)
{
  g_autofree char *iso = livc_date_parse (typed);

  if (iso != NULL)
    return livc_date_describe (iso);
  if (typed == NULL || *typed == '\0')
    return g_strdup (_("A date is needed, e.g. 22/11/2026 or 2026-11-22."));
  return g_strdup_printf (_("“%s” is not a date of the calendar. Write the day, the month and "
                            "the year, e.g. 22/11/2026 or 2026-11-22."), typed);
}
