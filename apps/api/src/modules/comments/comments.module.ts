import { Module } from '@nestjs/common';
import { SectionsModule } from '../sections/sections.module';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({ imports: [SectionsModule], controllers: [CommentsController], providers: [CommentsService] })
export class CommentsModule {}
