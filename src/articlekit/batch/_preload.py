"""Imported by the batch forkserver: warms it up once, so that its workers fork warm."""

from articlekit.batch.warm import warm_up

warm_up()
